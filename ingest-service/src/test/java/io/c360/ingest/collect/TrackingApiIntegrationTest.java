package io.c360.ingest.collect;

import static io.c360.ingest.support.Credentials.IOS_WRITE_KEY;
import static io.c360.ingest.support.Credentials.WEB_WRITE_KEY;
import static io.c360.ingest.support.Credentials.basic;
import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.json.EventJson;
import io.c360.common.topic.Topics;
import io.c360.devstack.test.TopicReader;
import io.c360.ingest.IngestIntegrationTest;
import io.c360.ingest.support.IngestClient.Answer;
import io.c360.ingest.support.Messages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TrackingApiIntegrationTest extends IngestIntegrationTest {

  private static JsonNode value(ConsumerRecord<String, String> record) {
    return EventJson.mapper().readTree(record.value());
  }

  private static boolean forUser(ConsumerRecord<String, String> record, String userId) {
    return userId.equals(record.key());
  }

  @Test
  void publishesATrackCallIntactWithSourceAndIdentifiers() {
    String userId = "user-" + UUID.randomUUID();
    Map<String, Object> track = Messages.track(userId, "Product Viewed");
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("sku", "SKU-42");
    properties.put("price", new java.math.BigDecimal("19.90"));
    Map<String, Object> custom = new LinkedHashMap<>();
    custom.put("nested", List.of(1, 2, 3));
    custom.put("flag", true);
    properties.put("custom", custom);
    track.put("properties", properties);
    track.put("context", Map.of("traits", Map.of("email", "  Ann@Example.COM "), "ip", "10.0.0.1"));
    track.put("writeKey", "must-never-be-stored");

    try (TopicReader events = new TopicReader(Topics.EVENTS.name())) {
      Answer answer = client().post("/v1/track", basic(WEB_WRITE_KEY), Messages.json(track));

      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.body().get("success").asBoolean()).isTrue();
      var records = events.await(1, r -> forUser(r, userId));
      assertThat(records).hasSize(1);
      assertThat(records.getFirst().value()).doesNotContain("must-never-be-stored");
      JsonNode event = value(records.getFirst());
      assertThat(event.get("messageId").asString()).isEqualTo(track.get("messageId"));
      assertThat(event.get("type").asString()).isEqualTo("track");
      assertThat(event.get("event").asString()).isEqualTo("Product Viewed");
      assertThat(event.get("source").asString()).isEqualTo("web");
      assertThat(event.get("properties").get("price").decimalValue()).isEqualByComparingTo("19.90");
      assertThat(event.get("properties").get("price").toString()).isEqualTo("19.90");
      assertThat(event.get("properties").get("custom").toString())
          .isEqualTo("{\"nested\":[1,2,3],\"flag\":true}");
      assertThat(event.get("context").get("ip").asString()).isEqualTo("10.0.0.1");
      assertThat(event.get("receivedAt").asString()).isNotBlank();
      assertThat(event.get("identifiers").toString())
          .contains("{\"type\":\"userId\",\"value\":\"" + userId + "\"}")
          .contains("{\"type\":\"email\",\"value\":\"ann@example.com\"}");
    }
  }

  @Test
  void keepsOneCustomersEventsInOrderOnOnePartition() {
    String userId = "ordered-" + UUID.randomUUID();
    List<Map<String, Object>> batch = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      Map<String, Object> m = Messages.track(userId, "Step " + i);
      batch.add(m);
    }
    try (TopicReader events = new TopicReader(Topics.EVENTS.name())) {
      Answer answer = client().post("/v1/batch", basic(WEB_WRITE_KEY), Messages.batch(batch));

      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.body().get("accepted").asInt()).isEqualTo(50);
      var records = events.await(50, r -> forUser(r, userId));
      assertThat(records).hasSize(50);
      assertThat(records.stream().map(ConsumerRecord::partition).distinct()).hasSize(1);
      assertThat(records.stream().map(r -> value(r).get("event").asString()).toList())
          .containsExactlyElementsOf(batch.stream().map(m -> (String) m.get("event")).toList());
    }
  }

  @Test
  void publishesADuplicateMessageIdOnceButAnswersSuccessToBoth() {
    String userId = "dup-" + UUID.randomUUID();
    Map<String, Object> track = Messages.track(userId, "Order Completed");
    try (TopicReader events = new TopicReader(Topics.EVENTS.name())) {
      Answer first = client().post("/v1/track", basic(WEB_WRITE_KEY), Messages.json(track));
      Answer second = client().post("/v1/track", basic(WEB_WRITE_KEY), Messages.json(track));
      Answer inBatch =
          client().post("/v1/batch", basic(WEB_WRITE_KEY), Messages.batch(List.of(track)));

      assertThat(first.status()).isEqualTo(200);
      assertThat(second.status()).isEqualTo(200);
      assertThat(second.body().get("duplicates").asInt()).isEqualTo(1);
      assertThat(inBatch.status()).isEqualTo(200);
      assertThat(inBatch.body().get("duplicates").asInt()).isEqualTo(1);
      events.await(1, r -> forUser(r, userId));
      assertThat(events.drain(Duration.ofSeconds(2), r -> forUser(r, userId))).isEmpty();
    }
  }

  @Test
  void sameMessageIdFromAnotherSourceIsNotADuplicate() {
    String userId = "two-sources-" + UUID.randomUUID();
    Map<String, Object> track = Messages.track(userId, "App Opened");
    try (TopicReader events = new TopicReader(Topics.EVENTS.name())) {
      client().post("/v1/track", basic(WEB_WRITE_KEY), Messages.json(track));
      client().post("/v1/track", basic(IOS_WRITE_KEY), Messages.json(track));

      var records = events.await(2, r -> forUser(r, userId));
      assertThat(records.stream().map(r -> value(r).get("source").asString()))
          .containsExactlyInAnyOrder("web", "ios");
    }
  }

  @Test
  void acceptsEverySegmentCallTypeAtItsOwnEndpoint() {
    String userId = "types-" + UUID.randomUUID();
    Map<String, Map<String, Object>> calls = new LinkedHashMap<>();
    calls.put("identify", Messages.identify(userId, "types@example.com", "+1 415 555 2671"));
    calls.put("track", Messages.track(userId, "Product Added"));
    Map<String, Object> page = Messages.base("page");
    page.put("userId", userId);
    page.put("name", "Home");
    calls.put("page", page);
    Map<String, Object> screen = Messages.base("screen");
    screen.put("userId", userId);
    screen.put("name", "Cart");
    calls.put("screen", screen);
    Map<String, Object> group = Messages.base("group");
    group.put("userId", userId);
    group.put("groupId", "company-1");
    calls.put("group", group);
    Map<String, Object> alias = Messages.base("alias");
    alias.put("userId", userId);
    alias.put("previousId", "anon-" + userId);
    calls.put("alias", alias);

    try (TopicReader events = new TopicReader(Topics.EVENTS.name())) {
      calls.forEach(
          (type, message) -> {
            message.remove("type");
            Answer answer =
                client().post("/v1/" + type, basic(WEB_WRITE_KEY), Messages.json(message));
            assertThat(answer.status()).as(type).isEqualTo(200);
          });

      var records = events.await(6, r -> forUser(r, userId));
      assertThat(records.stream().map(r -> value(r).get("type").asString()))
          .containsExactlyElementsOf(calls.keySet());
      JsonNode identify = value(records.getFirst());
      assertThat(identify.get("identifiers").toString())
          .contains("{\"type\":\"phone\",\"value\":\"+14155552671\"}");
    }
  }

  @Test
  void acceptsGzipBodiesAndTheWriteKeyInTheBody() {
    String userId = "gzip-" + UUID.randomUUID();
    Map<String, Object> track = Messages.track(userId, "Checkout Started");
    Map<String, Object> withKey = new LinkedHashMap<>(Messages.track(userId, "Order Completed"));
    withKey.put("writeKey", IOS_WRITE_KEY);
    try (TopicReader events = new TopicReader(Topics.EVENTS.name())) {
      Answer gzip =
          client().postGzip("/v1/batch", basic(WEB_WRITE_KEY), Messages.batch(List.of(track)));
      Answer bodyKey = client().post("/v1/track", null, Messages.json(withKey));

      assertThat(gzip.status()).isEqualTo(200);
      assertThat(bodyKey.status()).isEqualTo(200);
      var records = events.await(2, r -> forUser(r, userId));
      assertThat(records.stream().map(r -> value(r).get("source").asString()))
          .containsExactlyInAnyOrder("web", "ios");
    }
  }

  @Test
  void correctsTheDeviceClockSkewFromSentAt() {
    String userId = "skew-" + UUID.randomUUID();
    Map<String, Object> track = Messages.track(userId, "Product Viewed");
    // The device clock is a year behind: it made the call 10 s before it sent it.
    track.put("timestamp", "2025-06-01T10:00:00Z");
    String body = Messages.json(Map.of("batch", List.of(track), "sentAt", "2025-06-01T10:00:10Z"));
    try (TopicReader events = new TopicReader(Topics.EVENTS.name())) {
      client().post("/v1/batch", basic(WEB_WRITE_KEY), body);

      JsonNode event = value(events.await(1, r -> forUser(r, userId)).getFirst());
      // Segment's rule: timestamp = receivedAt - (sentAt - originalTimestamp), here 10 s.
      var receivedAt = java.time.Instant.parse(event.get("receivedAt").asString());
      assertThat(java.time.Instant.parse(event.get("timestamp").asString()))
          .isEqualTo(receivedAt.minusSeconds(10));
      assertThat(event.get("originalTimestamp").asString()).isEqualTo("2025-06-01T10:00:00Z");
    }
  }
}
