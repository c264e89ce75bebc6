package io.c360.ingest.collect;

import static io.c360.ingest.support.Credentials.WEB_WRITE_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.segment.analytics.Analytics;
import com.segment.analytics.Callback;
import com.segment.analytics.messages.AliasMessage;
import com.segment.analytics.messages.GroupMessage;
import com.segment.analytics.messages.IdentifyMessage;
import com.segment.analytics.messages.Message;
import com.segment.analytics.messages.PageMessage;
import com.segment.analytics.messages.ScreenMessage;
import com.segment.analytics.messages.TrackMessage;
import io.c360.common.json.EventJson;
import io.c360.common.topic.Topics;
import io.c360.devstack.test.TopicReader;
import io.c360.ingest.IngestIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The official Segment Java SDK, pointed at C360, works unchanged. */
class SegmentClientIntegrationTest extends IngestIntegrationTest {

  @Test
  void segmentJavaClientCallsArriveIntact() throws Exception {
    String userId = "segment-" + UUID.randomUUID();
    String anonymousId = "anon-" + UUID.randomUUID();
    CountDownLatch delivered = new CountDownLatch(6);
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    Analytics analytics =
        Analytics.builder(WEB_WRITE_KEY)
            .endpoint("http://localhost:" + port)
            .flushQueueSize(10)
            .callback(
                new Callback() {
                  @Override
                  public void success(Message message) {
                    delivered.countDown();
                  }

                  @Override
                  public void failure(Message message, Throwable throwable) {
                    failures.add(throwable);
                    delivered.countDown();
                  }
                })
            .build();

    try (TopicReader events = new TopicReader(Topics.EVENTS.name())) {
      analytics.enqueue(
          IdentifyMessage.builder()
              .userId(userId)
              .traits(Map.of("email", "Segment.User@Example.com", "firstName", "Ann")));
      analytics.enqueue(
          TrackMessage.builder("Product Added")
              .userId(userId)
              .properties(Map.of("sku", "SKU-7", "price", 12.5, "quantity", 2)));
      analytics.enqueue(
          PageMessage.builder("Home").anonymousId(anonymousId).properties(Map.of("path", "/")));
      analytics.enqueue(ScreenMessage.builder("Cart").userId(userId));
      analytics.enqueue(
          GroupMessage.builder("household-9").userId(userId).traits(Map.of("size", 3)));
      analytics.enqueue(AliasMessage.builder(anonymousId).userId(userId));
      analytics.flush();

      assertThat(delivered.await(30, TimeUnit.SECONDS)).isTrue();
      assertThat(failures).isEmpty();
      var records = events.await(6, r -> r.key().equals(userId) || r.key().equals(anonymousId));
      assertThat(records).hasSize(6);
      Map<String, JsonNode> byType =
          records.stream()
              .map(r -> EventJson.mapper().readTree(r.value()))
              .collect(java.util.stream.Collectors.toMap(e -> e.get("type").asString(), e -> e));
      assertThat(byType.keySet())
          .containsExactlyInAnyOrder("identify", "track", "page", "screen", "group", "alias");
      assertThat(byType.get("identify").get("traits").get("email").asString())
          .isEqualTo("Segment.User@Example.com");
      assertThat(byType.get("identify").get("identifiers").toString())
          .contains("segment.user@example.com");
      assertThat(byType.get("track").get("event").asString()).isEqualTo("Product Added");
      assertThat(byType.get("track").get("properties").get("quantity").asInt()).isEqualTo(2);
      assertThat(byType.get("page").get("name").asString()).isEqualTo("Home");
      assertThat(byType.get("page").get("anonymousId").asString()).isEqualTo(anonymousId);
      assertThat(byType.get("screen").get("name").asString()).isEqualTo("Cart");
      assertThat(byType.get("group").get("groupId").asString()).isEqualTo("household-9");
      assertThat(byType.get("alias").get("previousId").asString()).isEqualTo(anonymousId);
      assertThat(byType.get("track").get("context").get("library").get("name").asString())
          .isEqualTo("analytics-java");
      byType.values().forEach(e -> assertThat(e.get("source").asString()).isEqualTo("web"));
    } finally {
      analytics.shutdown();
    }
  }
}
