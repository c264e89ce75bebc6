package io.c360.scoring.scoring;

import static io.c360.scoring.support.ScoringClient.ADMIN_TOKEN;
import static io.c360.scoring.support.ScoringClient.ANALYST_TOKEN;
import static io.c360.scoring.support.ScoringClient.APP_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.event.CustomerEvent;
import io.c360.common.json.EventJson;
import io.c360.common.profile.ComputedTraits;
import io.c360.common.profile.ProfileSnapshot;
import io.c360.common.topic.Topics;
import io.c360.devstack.test.ApiClient.Response;
import io.c360.devstack.test.Eventually;
import io.c360.devstack.test.TopicReader;
import io.c360.devstack.test.TopicWriter;
import io.c360.scoring.ScoringIntegrationTest;
import io.c360.scoring.support.ScoringClient;
import io.c360.scoring.support.StoredHistories;
import io.c360.scoring.support.TestWorld;
import io.c360.scoring.support.TrainedModels;
import io.c360.synthetic.SyntheticCustomer;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Batch scoring, ad-hoc scoring, near-real-time re-scoring and erasure, end to end. */
class ScoreDeliveryIntegrationTest extends ScoringIntegrationTest {

  private static final String MODEL = "repurchase_30d";

  private ScoringClient client;
  private StoredHistories store;
  private int champion;

  @BeforeEach
  void championExists() {
    world();
    client = client();
    store = new StoredHistories(dynamo);
    champion = TrainedModels.champion(client, MODEL);
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  @Test
  void batchScoringWritesScoresIntoItsOwnTableTheTopicAndAScoreFile() throws IOException {
    String buyer = TestWorld.profileId(customer(true).customerId());
    try (TopicReader scores = new TopicReader(Topics.SCORES.name())) {
      Response started =
          client.post("/v1/scoring-jobs", "{\"models\":[\"" + MODEL + "\"]}", ANALYST_TOKEN);
      assertThat(started.status()).as(started.body()).isEqualTo(202);
      JsonNode job =
          client.awaitJob(
              "/v1/scoring-jobs/" + started.json().get("id").asString(), Duration.ofMinutes(2));

      assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("succeeded");
      int scored = job.get("scored").asInt();
      assertThat(scored).isPositive().isLessThanOrEqualTo(job.get("profiles").asInt());
      assertThat(job.get("written").asInt()).isEqualTo(scored);

      JsonNode score =
          client.get("/v1/scores/" + buyer, ANALYST_TOKEN).json().get("scores").get(MODEL);
      assertThat(score.get("modelVersion").asInt()).isEqualTo(champion);
      assertThat(score.get("score").asDouble()).isBetween(0.0, 1.0);
      assertThat(score.get("reasons").size()).isEqualTo(3);
      assertThat(score.get("reasons").get(0).get("feature").asString()).isNotBlank();
      assertThat(store.scoresItem(buyer)).containsKey("score:" + MODEL);

      List<ConsumerRecord<String, String>> published = scores.await(1, r -> buyer.equals(r.key()));
      assertThat(published).isNotEmpty();
      JsonNode record = EventJson.mapper().readTree(published.getLast().value());
      assertThat(record.get("model").asString()).isEqualTo(MODEL);
      assertThat(record.get("score").get("score").asDouble())
          .isEqualTo(score.get("score").asDouble());

      Path file = Path.of("target/test-blobs", job.get("files").get(MODEL).asString());
      List<String> lines = Files.readAllLines(file);
      assertThat(lines.getFirst())
          .startsWith("profile_id,model,model_version,score,decile,scored_at,reason_1");
      assertThat(lines).hasSize(scored + 1);
      assertThat(lines).anyMatch(l -> l.startsWith(buyer + ","));
      double first = Double.parseDouble(lines.get(1).split(",")[3]);
      double last = Double.parseDouble(lines.getLast().split(",")[3]);
      assertThat(first).isGreaterThanOrEqualTo(last);
      assertThat(Path.of("target/test-blobs/scores/" + MODEL + "/latest.csv")).exists();
    }
  }

  @Test
  void leavesProfilesOutsideThePopulationUnscored() {
    String browser = "nobuy-" + UUID.randomUUID();
    store.store(browser, world().world().events(customer(false).customerId()));

    Response response =
        client.post(
            "/v1/models/" + MODEL + "/score", "{\"profileId\":\"" + browser + "\"}", ANALYST_TOKEN);
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().get("eligible").asBoolean()).isFalse();
  }

  @Test
  void rescoresAChangedProfileOnceForABurstOfChanges() {
    String profileId = "burst-" + UUID.randomUUID();
    try (TopicReader first = new TopicReader(Topics.SCORES.name())) {
      store.store(profileId, world().world().events(customer(true).customerId()));
      assertThat(first.await(1, r -> profileId.equals(r.key()) && r.value().contains(MODEL)))
          .as("the new events were scored")
          .isNotEmpty();
      first.drain(Duration.ofSeconds(3), r -> profileId.equals(r.key()));
    }
    try (TopicReader scores = new TopicReader(Topics.SCORES.name());
        TopicWriter profiles = new TopicWriter()) {
      for (int i = 0; i < 5; i++) {
        profiles.send(
            Topics.PROFILES.name(),
            profileId,
            EventJson.mapper().writeValueAsString(snapshot(profileId, i + 1)));
      }

      List<ConsumerRecord<String, String>> first =
          scores.await(1, r -> profileId.equals(r.key()) && r.value().contains(MODEL));
      assertThat(first).hasSize(1);
      List<ConsumerRecord<String, String>> more =
          scores.drain(
              Duration.ofSeconds(3), r -> profileId.equals(r.key()) && r.value().contains(MODEL));
      assertThat(more).as("one scoring for a burst of five changes").isEmpty();
      assertThat(store.scoresItem(profileId)).containsKey("score:" + MODEL);
    }
  }

  @Test
  void erasureRemovesScoresFromTheProfileTheScoreFilesAndAnnouncesIt() throws IOException {
    String profileId = "erase-" + UUID.randomUUID();
    store.store(profileId, world().world().events(customer(true).customerId()));
    Response started =
        client.post("/v1/scoring-jobs", "{\"models\":[\"" + MODEL + "\"]}", ANALYST_TOKEN);
    JsonNode job =
        client.awaitJob(
            "/v1/scoring-jobs/" + started.json().get("id").asString(), Duration.ofMinutes(2));
    Path file = Path.of("target/test-blobs", job.get("files").get(MODEL).asString());
    assertThat(Files.readString(file)).contains(profileId);
    assertThat(store.scoresItem(profileId)).containsKey("score:" + MODEL);

    try (TopicReader scores = new TopicReader(Topics.SCORES.name())) {
      store.erase(profileId);

      List<ConsumerRecord<String, String>> removed =
          scores.await(
              1,
              r ->
                  profileId.equals(r.key())
                      && r.value().contains("\"model\":\"" + MODEL + "\"")
                      && !r.value().contains("\"score\":{"));
      assertThat(removed).hasSize(1);
      JsonNode record = EventJson.mapper().readTree(removed.getFirst().value());
      assertThat(record.get("model").asString()).isEqualTo(MODEL);
      assertThat(record.has("score")).isFalse();
    }
    assertThat(store.scoresItem(profileId)).doesNotContainKey("score:" + MODEL);
    Eventually.assertThat(() -> assertThat(store.storedEvents(profileId)).isZero());
    assertThat(Files.readString(file)).doesNotContain(profileId);
    assertThat(Files.readString(Path.of("target/test-blobs/scores/" + MODEL + "/latest.csv")))
        .doesNotContain(profileId);
    Response gone = client.get("/v1/scores/" + profileId, ANALYST_TOKEN);
    assertThat(gone.status()).isEqualTo(410);
    assertThat(gone.contentType()).startsWith("application/problem+json");
  }

  @Test
  void scoresAProfileOrFeatureValuesOnRequestWithReasons() {
    String buyer = TestWorld.profileId(customer(true).customerId());

    Response byProfile =
        client.post(
            "/v1/models/" + MODEL + "/score", "{\"profileId\":\"" + buyer + "\"}", ANALYST_TOKEN);
    assertThat(byProfile.status()).as(byProfile.body()).isEqualTo(200);
    assertThat(byProfile.json().get("eligible").asBoolean()).isTrue();
    assertThat(byProfile.json().get("version").asInt()).isEqualTo(champion);
    assertThat(byProfile.json().get("score").get("reasons").size()).isEqualTo(3);
    assertThat(byProfile.json().get("features").has("days_since_last_order")).isTrue();

    Response recent =
        client.post(
            "/v1/models/" + MODEL + "/score",
            "{\"features\":{\"days_since_last_order\":2,\"orders_90d\":4}}",
            ANALYST_TOKEN);
    Response lapsed =
        client.post(
            "/v1/models/" + MODEL + "/score",
            "{\"features\":{\"days_since_last_order\":300,\"orders_90d\":0}}",
            ANALYST_TOKEN);
    assertThat(recent.status()).as(recent.body()).isEqualTo(200);
    assertThat(recent.json().get("score").get("score").asDouble())
        .as("a recent, frequent buyer is likelier to buy again than a lapsed one")
        .isGreaterThan(lapsed.json().get("score").get("score").asDouble());
  }

  @Test
  void rejectsBadScoringRequestsWithProblems() {
    Response unknownFeature =
        client.post(
            "/v1/models/" + MODEL + "/score", "{\"features\":{\"shoe_size\":42}}", ANALYST_TOKEN);
    assertThat(unknownFeature.status()).isEqualTo(400);
    assertThat(unknownFeature.json().get("detail").asString()).contains("shoe_size");

    Response both =
        client.post(
            "/v1/models/" + MODEL + "/score",
            "{\"profileId\":\"x\",\"features\":{}}",
            ANALYST_TOKEN);
    assertThat(both.status()).isEqualTo(400);
    Response neither = client.post("/v1/models/" + MODEL + "/score", "{}", ANALYST_TOKEN);
    assertThat(neither.status()).isEqualTo(400);
    assertThat(
            client
                .post(
                    "/v1/models/" + MODEL + "/score",
                    "{\"profileId\":\"no-such-profile\"}",
                    ANALYST_TOKEN)
                .status())
        .isEqualTo(404);
    assertThat(client.post("/v1/models/nope/score", "{\"features\":{}}", ANALYST_TOKEN).status())
        .isEqualTo(404);
    assertThat(client.post("/v1/scoring-jobs", "{\"models\":[\"nope\"]}", ANALYST_TOKEN).status())
        .isEqualTo(404);
    assertThat(client.get("/v1/scores/no-such-profile", ANALYST_TOKEN).status()).isEqualTo(404);
    assertThat(client.get("/v1/scoring-jobs/" + UUID.randomUUID(), ANALYST_TOKEN).status())
        .isEqualTo(404);
  }

  @Test
  void scoresAreForAnalystsAndAdmins() {
    String buyer = TestWorld.profileId(customer(true).customerId());
    assertThat(client.get("/v1/scores/" + buyer, null).status()).isEqualTo(401);
    assertThat(client.get("/v1/scores/" + buyer, APP_TOKEN).status()).isEqualTo(403);
    assertThat(client.get("/v1/scores/" + buyer, ADMIN_TOKEN).status()).isEqualTo(200);
    assertThat(client.post("/v1/scoring-jobs", "{}", APP_TOKEN).status()).isEqualTo(403);
    assertThat(client.post("/v1/models/" + MODEL + "/score", "{}", null).status()).isEqualTo(401);
  }

  /** A world customer who has ordered (or never has), with recent activity. */
  private SyntheticCustomer customer(boolean ordered) {
    return world().world().customers().stream()
        .filter(
            c -> {
              List<CustomerEvent> events = world().world().events(c.customerId());
              boolean hasOrder = events.stream().anyMatch(e -> "Order Completed".equals(e.event()));
              return hasOrder == ordered && !events.isEmpty();
            })
        .findFirst()
        .orElseThrow();
  }

  /** A profile snapshot as identity publishes it, with nothing but its id and version. */
  private static ProfileSnapshot snapshot(String profileId, long version) {
    Instant now = Instant.now();
    ComputedTraits computed =
        new ComputedTraits(
            now,
            null,
            null,
            0,
            BigDecimal.ZERO,
            null,
            null,
            0,
            0,
            0,
            0,
            List.of(),
            List.of(),
            null,
            null,
            0,
            "none",
            null);
    return new ProfileSnapshot(
        profileId, version, now, now, List.of(), Map.of(), Map.of(), computed, List.of(), null);
  }
}
