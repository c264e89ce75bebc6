package io.c360.identity.score;

import static io.c360.identity.support.IdentityClient.ADMIN_TOKEN;
import static io.c360.identity.support.IdentityClient.ANALYST_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.score.ProfileScore;
import io.c360.common.score.ScoreReason;
import io.c360.common.score.ScoresUpdated;
import io.c360.devstack.test.ApiClient.Response;
import io.c360.devstack.test.DevStackExtension;
import io.c360.devstack.test.Eventually;
import io.c360.identity.IdentityIntegrationTest;
import io.c360.identity.IdentityTables;
import io.c360.identity.support.EventSender;
import io.c360.identity.support.Events;
import io.c360.identity.support.ScoreSender;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;

/**
 * The scores scoring-service publishes on the real broker's {@code c360.scores.v1} appear in the
 * profile API from identity's own projection: replaced in order, removed, erased, and unchanged by
 * a redelivery or a late older score.
 */
class ScoreProjectionIntegrationTest extends IdentityIntegrationTest {

  private static final Instant T1 = Instant.parse("2026-11-20T10:00:00Z");
  private static final Instant T2 = Instant.parse("2026-11-27T10:00:00Z");

  @Autowired DynamoDbClient dynamo;

  @Test
  void showsAPublishedScoreOnTheProfileAndOnItsLookups() {
    String user = Events.unique("user");
    String id = newProfile(user, null);

    ScoreSender.send(new ScoresUpdated(id, "churn_90d", churn(3, 0.81, T1)));

    Eventually.assertThat(() -> assertThat(scores(id).has("churn_90d")).isTrue());
    JsonNode churn = scores(id).get("churn_90d");
    assertThat(churn.get("score").asDouble()).isEqualTo(0.81);
    assertThat(churn.get("modelVersion").asInt()).isEqualTo(3);
    assertThat(churn.get("reasons").get(0).get("feature").asString())
        .isEqualTo("days_since_last_order");
    JsonNode byUser = client().get("/v1/profiles?userId=" + user, ANALYST_TOKEN).json();
    assertThat(byUser.get("scores").get("churn_90d").get("score").asDouble()).isEqualTo(0.81);
  }

  @Test
  void anOlderScoreOrARedeliveredOneDoesNotReplaceTheLatest() {
    String id = newProfile(Events.unique("user"), null);
    ScoreSender.send(new ScoresUpdated(id, "churn_90d", churn(3, 0.40, T1)));
    ScoresUpdated latest = new ScoresUpdated(id, "churn_90d", churn(4, 0.65, T2));
    ScoreSender.send(latest);
    // late: scored before the latest one
    ScoreSender.send(new ScoresUpdated(id, "churn_90d", churn(3, 0.40, T1)));
    // redelivered
    RecordMetadata last = ScoreSender.send(latest);

    Eventually.assertThat(() -> assertThat(ScoreSender.consumed(last)).isTrue());
    JsonNode churn = scores(id).get("churn_90d");
    assertThat(churn.get("modelVersion").asInt()).isEqualTo(4);
    assertThat(churn.get("score").asDouble()).isEqualTo(0.65);
  }

  @Test
  void aRemovedScoreDisappearsAndTheOtherModelsStay() {
    String id = newProfile(Events.unique("user"), null);
    ScoreSender.send(new ScoresUpdated(id, "churn_90d", churn(3, 0.81, T1)));
    ScoreSender.send(
        new ScoresUpdated(
            id, "repurchase_30d", new ProfileScore("repurchase_30d", 2, 0.33, T1, List.of())));
    Eventually.assertThat(() -> assertThat(scores(id).has("repurchase_30d")).isTrue());

    ScoreSender.send(new ScoresUpdated(id, "churn_90d", null));

    Eventually.assertThat(() -> assertThat(scores(id).has("churn_90d")).isFalse());
    assertThat(scores(id).get("repurchase_30d").get("score").asDouble()).isEqualTo(0.33);
  }

  @Test
  void erasureDeletesTheScoresAndALateScoreDoesNotBringThemBack() {
    String id = newProfile(Events.unique("user"), null);
    ScoreSender.send(new ScoresUpdated(id, "churn_90d", churn(3, 0.81, T1)));
    Eventually.assertThat(() -> assertThat(scores(id).has("churn_90d")).isTrue());

    Response erased = client().delete("/v1/profiles/" + id, ADMIN_TOKEN);
    assertThat(erased.status()).as(erased.body()).isEqualTo(200);
    assertThat(storedModels(id)).isEmpty();

    RecordMetadata late = ScoreSender.send(new ScoresUpdated(id, "churn_90d", churn(4, 0.9, T2)));
    Eventually.assertThat(() -> assertThat(ScoreSender.consumed(late)).isTrue());
    assertThat(storedModels(id)).isEmpty();
    assertThat(client().get("/v1/profiles/" + id, ANALYST_TOKEN).status()).isEqualTo(410);
  }

  @Test
  void theSurvivorOfAMergeShowsOnlyItsOwnScores() {
    Instant now = Instant.now();
    String user = Events.unique("user");
    String anon = Events.unique("anon");
    String survivor = newProfile(user, null);
    EventSender.send(Events.productViewed(now.minus(Duration.ofMinutes(5)), anon, "SKU-1"));
    Eventually.assertThat(
        () ->
            assertThat(client().get("/v1/profiles?anonymousId=" + anon, ANALYST_TOKEN).status())
                .isEqualTo(200));
    String merged =
        client()
            .get("/v1/profiles?anonymousId=" + anon, ANALYST_TOKEN)
            .json()
            .get("profileId")
            .asString();
    ScoreSender.send(new ScoresUpdated(merged, "repurchase_30d", repurchase(0.7)));
    ScoreSender.send(new ScoresUpdated(survivor, "churn_90d", churn(3, 0.2, T1)));
    Eventually.assertThat(() -> assertThat(scores(survivor).has("churn_90d")).isTrue());

    // the visitor logs in: the anonymous profile is merged into the user's (the older one)
    EventSender.send(Events.identify(now, user, anon, null));
    Eventually.assertThat(
        () ->
            assertThat(
                    client()
                        .get("/v1/profiles/" + merged, ANALYST_TOKEN)
                        .json()
                        .get("profileId")
                        .asString())
                .isEqualTo(survivor));

    JsonNode shown = scores(merged);
    assertThat(shown.has("churn_90d")).isTrue();
    assertThat(shown.has("repurchase_30d")).isFalse();
  }

  private static ProfileScore churn(int version, double score, Instant at) {
    return new ProfileScore(
        "churn_90d",
        version,
        score,
        at,
        List.of(new ScoreReason("days_since_last_order", 120.0, 0.9)));
  }

  private static ProfileScore repurchase(double score) {
    return new ProfileScore("repurchase_30d", 1, score, T1, List.of());
  }

  private JsonNode scores(String id) {
    Response profile = client().get("/v1/profiles/" + id, ANALYST_TOKEN);
    assertThat(profile.status()).as(profile.body()).isEqualTo(200);
    JsonNode scores = profile.json().get("scores");
    return scores == null || scores.isNull()
        ? tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()
        : scores;
  }

  /** The model attributes of the profile's item in identity-scores. */
  private List<String> storedModels(String id) {
    Map<String, AttributeValue> item =
        dynamo
            .getItem(
                r ->
                    r.tableName(
                            DevStackExtension.stack().tablePrefix()
                                + IdentityTables.IDENTITY_SCORES.name())
                        .key(Map.of("profileId", AttributeValue.fromS(id)))
                        .consistentRead(true))
            .item();
    return item == null
        ? List.of()
        : item.keySet().stream().filter(k -> k.startsWith("model#")).toList();
  }

  /** A profile made by identifying a new user, once identity-service has resolved it. */
  private String newProfile(String user, String anonymousId) {
    EventSender.send(
        Events.identify(Instant.now().minus(Duration.ofHours(1)), user, anonymousId, null));
    Eventually.assertThat(
        () ->
            assertThat(client().get("/v1/profiles?userId=" + user, ANALYST_TOKEN).status())
                .isEqualTo(200));
    return client()
        .get("/v1/profiles?userId=" + user, ANALYST_TOKEN)
        .json()
        .get("profileId")
        .asString();
  }
}
