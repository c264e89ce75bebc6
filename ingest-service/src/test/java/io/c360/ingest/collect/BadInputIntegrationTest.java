package io.c360.ingest.collect;

import static io.c360.ingest.support.Credentials.WEB_WRITE_KEY;
import static io.c360.ingest.support.Credentials.basic;
import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.json.EventJson;
import io.c360.common.topic.Topics;
import io.c360.devstack.test.TopicReader;
import io.c360.ingest.IngestIntegrationTest;
import io.c360.ingest.support.IngestClient.Answer;
import io.c360.ingest.support.Messages;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every way a request can be wrong: a clear problem answer, and nothing valid lost. */
class BadInputIntegrationTest extends IngestIntegrationTest {

  private static void assertProblem(Answer answer, int status, String detailContains) {
    assertThat(answer.status()).as(answer.raw()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.body().get("status").asInt()).isEqualTo(status);
    assertThat(answer.body().get("detail").asString()).contains(detailContains);
  }

  private static String userOf(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> r) {
    return r.key();
  }

  @Test
  void rejectsAMissingOrWrongWriteKeyWith401AndPublishesNothing() {
    String userId = "nokey-" + UUID.randomUUID();
    String body = Messages.json(Messages.track(userId, "Product Viewed"));
    try (TopicReader events = new TopicReader(Topics.EVENTS.name())) {
      assertProblem(client().post("/v1/track", null, body), 401, "write key is required");
      assertProblem(client().post("/v1/track", basic("not-a-key"), body), 401, "not valid");
      assertProblem(
          client().post("/v1/batch", "Bearer something", Messages.batch(List.of())),
          401,
          "not valid");

      assertThat(events.drain(Duration.ofSeconds(2), r -> userId.equals(userOf(r)))).isEmpty();
    }
  }

  @Test
  void rejectsMalformedJsonWith400() {
    assertProblem(
        client().post("/v1/track", basic(WEB_WRITE_KEY), "{\"userId\": \"u1\", "),
        400,
        "not valid JSON");
    assertProblem(client().post("/v1/batch", basic(WEB_WRITE_KEY), "[1,2]"), 400, "JSON object");
    assertProblem(
        client().post("/v1/batch", basic(WEB_WRITE_KEY), "{\"batch\": {}}"), 400, "array");
  }

  @Test
  void rejectsASingleCallWithoutUserIdOrAnonymousIdOrEvent() {
    Map<String, Object> noIds = Messages.track("x", "Product Viewed");
    noIds.remove("userId");
    assertProblem(
        client().post("/v1/track", basic(WEB_WRITE_KEY), Messages.json(noIds)),
        400,
        "userId or anonymousId is required");

    Map<String, Object> noEvent = Messages.track("u-" + UUID.randomUUID(), "x");
    noEvent.remove("event");
    Answer answer = client().post("/v1/track", basic(WEB_WRITE_KEY), Messages.json(noEvent));
    assertProblem(answer, 400, "event is required");
    assertThat(answer.body().get("rejected").get(0).get("messageId").asString())
        .isEqualTo(noEvent.get("messageId"));

    Map<String, Object> placeholder = Messages.track("undefined", "Product Viewed");
    assertProblem(
        client().post("/v1/track", basic(WEB_WRITE_KEY), Messages.json(placeholder)),
        400,
        "placeholder");
  }

  @Test
  void keepsTheValidMessagesOfABatchAndReportsEachRejectedOne() {
    String userId = "mixed-" + UUID.randomUUID();
    Map<String, Object> good1 = Messages.track(userId, "Product Viewed");
    Map<String, Object> unknownType = Messages.track(userId, "Product Viewed");
    unknownType.put("type", "purchase");
    Map<String, Object> noEvent = Messages.track(userId, "x");
    noEvent.remove("event");
    Map<String, Object> badTimestamp = Messages.track(userId, "Product Viewed");
    badTimestamp.put("timestamp", "yesterday");
    Map<String, Object> good2 = Messages.anonymousPage("anon-" + userId, "home");
    good2.put("userId", userId);

    try (TopicReader events = new TopicReader(Topics.EVENTS.name());
        TopicReader quarantine = new TopicReader(Topics.QUARANTINE.name())) {
      Answer answer =
          client()
              .post(
                  "/v1/batch",
                  basic(WEB_WRITE_KEY),
                  Messages.batch(List.of(good1, unknownType, noEvent, badTimestamp, good2)));

      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.body().get("accepted").asInt()).isEqualTo(2);
      var rejected = answer.body().get("rejected");
      assertThat(rejected).hasSize(3);
      assertThat(rejected.get(0).get("index").asInt()).isEqualTo(1);
      assertThat(rejected.get(0).get("reasons").get(0).asString())
          .contains("'purchase' is not a Segment call type");
      assertThat(rejected.get(1).get("index").asInt()).isEqualTo(2);
      assertThat(rejected.get(1).get("reasons").toString()).contains("event is required");
      assertThat(rejected.get(2).get("reasons").toString()).contains("'yesterday'");

      var published = events.await(2, r -> userId.equals(userOf(r)));
      assertThat(
              published.stream()
                  .map(r -> EventJson.mapper().readTree(r.value()).get("messageId").asString()))
          .containsExactly((String) good1.get("messageId"), (String) good2.get("messageId"));
      var quarantined = quarantine.await(3, r -> r.value().contains(userId));
      assertThat(quarantined).hasSize(3);
      assertThat(
              EventJson.mapper().readTree(quarantined.getFirst().value()).get("origin").asString())
          .isEqualTo("http");
    }
  }

  @Test
  void rejectsABatchWhoseSentAtIsNotADateTime() {
    String body =
        Messages.json(
            Map.of(
                "batch", List.of(Messages.track("u-" + UUID.randomUUID(), "E")), "sentAt", "now"));
    assertProblem(
        client().post("/v1/batch", basic(WEB_WRITE_KEY), body),
        400,
        "sentAt 'now' is not an ISO-8601");
  }

  @Test
  void answers400WhenEveryMessageOfABatchIsInvalid() {
    Map<String, Object> bad = Messages.track("u", "x");
    bad.remove("userId");
    Answer answer =
        client().post("/v1/batch", basic(WEB_WRITE_KEY), Messages.batch(List.of(bad, bad)));
    assertProblem(answer, 400, "no message of the batch is valid");
    assertThat(answer.body().get("rejected")).hasSize(2);
  }

  @Test
  void rejectsAMessageOver32KilobytesWith413() {
    String body = Messages.json(Messages.trackOfSize("big-" + UUID.randomUUID(), 33 * 1024));
    assertProblem(client().post("/v1/track", basic(WEB_WRITE_KEY), body), 413, "32 KB");
  }

  @Test
  void rejectsAnOversizeMessageInsideABatchButKeepsItsSiblings() {
    String userId = "bigsibling-" + UUID.randomUUID();
    Map<String, Object> big = Messages.trackOfSize(userId, 40 * 1024);
    Map<String, Object> small = Messages.track(userId, "Product Viewed");
    try (TopicReader events = new TopicReader(Topics.EVENTS.name())) {
      Answer answer =
          client().post("/v1/batch", basic(WEB_WRITE_KEY), Messages.batch(List.of(big, small)));

      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.body().get("rejected").get(0).get("reasons").toString()).contains("32 KB");
      var published = events.await(1, r -> userId.equals(userOf(r)));
      assertThat(published.getFirst().value()).contains((String) small.get("messageId"));
    }
  }

  @Test
  void rejectsABatchOver500KilobytesWith413() {
    List<Map<String, Object>> messages = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      messages.add(Messages.trackOfSize("u" + i, 30 * 1024));
    }
    assertProblem(
        client().post("/v1/batch", basic(WEB_WRITE_KEY), Messages.batch(messages)), 413, "500 KB");
    assertProblem(
        client().postGzip("/v1/batch", basic(WEB_WRITE_KEY), Messages.batch(messages)),
        413,
        "500 KB");
  }

  @Test
  void rejectsABatchOfMoreThan2500MessagesWith413() {
    List<Map<String, Object>> messages = new ArrayList<>();
    for (int i = 0; i < 2501; i++) {
      Map<String, Object> m = new java.util.LinkedHashMap<>();
      m.put("type", "track");
      m.put("userId", "u");
      m.put("event", "e");
      messages.add(m);
    }
    assertProblem(
        client().post("/v1/batch", basic(WEB_WRITE_KEY), Messages.batch(messages)), 413, "2500");
  }

  @Test
  void rejectsAWrongContentTypeWith415() {
    byte[] body = Messages.json(Messages.track("u", "e")).getBytes(StandardCharsets.UTF_8);
    assertProblem(
        client().send("/v1/track", basic(WEB_WRITE_KEY), "application/xml", null, body),
        415,
        "application/json");
    assertProblem(
        client()
            .send(
                "/v1/track", basic(WEB_WRITE_KEY), "application/x-www-form-urlencoded", null, body),
        415,
        "application/json");
    assertProblem(
        client().send("/v1/track", basic(WEB_WRITE_KEY), "application/json", "br", body),
        415,
        "Content-Encoding");
  }

  @Test
  void rejectsABodyMarkedGzipThatIsNotWith400() {
    byte[] body = "not gzip at all".getBytes(StandardCharsets.UTF_8);
    assertProblem(
        client().send("/v1/batch", basic(WEB_WRITE_KEY), "application/json", "gzip", body),
        400,
        "gzip");
  }
}
