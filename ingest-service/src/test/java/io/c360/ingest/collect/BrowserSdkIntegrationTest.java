package io.c360.ingest.collect;

import static io.c360.ingest.support.Credentials.WEB_WRITE_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.c360.common.json.EventJson;
import io.c360.common.topic.Topics;
import io.c360.devstack.test.BrowserShop;
import io.c360.devstack.test.HeadlessChromium;
import io.c360.devstack.test.TopicReader;
import io.c360.ingest.IngestIntegrationTest;
import io.c360.ingest.support.Messages;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A shop page served from another origin, in headless Chromium, sends page, track, identify and a
 * batch the way Segment's browser SDK does (settings first, then fetch with text/plain and HTTP
 * Basic, so the browser sends real CORS preflights); the events reach Kafka tied to one visitor.
 */
class BrowserSdkIntegrationTest extends IngestIntegrationTest {

  private static BrowserShop shop;

  @BeforeAll
  static void startShopAndBrowser() {
    assumeTrue(HeadlessChromium.available(), "chromium and chromium-driver are not installed");
    shop = BrowserShop.start();
  }

  @AfterAll
  static void stop() {
    if (shop != null) {
      shop.close();
    }
  }

  private static String visitCalls(String anonymousId, String userId) {
    Map<String, Object> page = Messages.anonymousPage(anonymousId, "Home");
    Map<String, Object> viewed = Messages.track(userId, "Product Viewed");
    viewed.remove("userId");
    viewed.put("anonymousId", anonymousId);
    Map<String, Object> identify = Messages.identify(userId, userId + "@Example.com", "");
    identify.put("traits", Map.of("email", userId + "@Example.com"));
    identify.put("anonymousId", anonymousId);
    Map<String, Object> added = Messages.track(userId, "Product Added");
    added.put("anonymousId", anonymousId);
    Map<String, Object> cart = Messages.track(userId, "Cart Viewed");
    cart.put("anonymousId", anonymousId);
    return Messages.json(List.of(page, viewed, identify, Map.of("batch", List.of(added, cart))));
  }

  @Test
  void aPageOnAnAllowedOriginSendsEveryCallAndTheyArriveForOneVisitor() {
    String anonymousId = "anon-" + UUID.randomUUID();
    String userId = "user-" + UUID.randomUUID();
    try (TopicReader events = new TopicReader(Topics.EVENTS.name())) {
      // 127.0.0.1:* is allowed for source web in application-test.yml
      var visit =
          shop.visit(
              "127.0.0.1",
              "http://localhost:" + port,
              WEB_WRITE_KEY,
              visitCalls(anonymousId, userId));

      assertThat(visit.error()).isNull();
      assertThat(visit.statuses()).containsExactly("p 200", "t 200", "i 200", "b 200");
      List<ConsumerRecord<String, String>> records =
          events.await(5, r -> r.value().contains(anonymousId));
      assertThat(records).hasSize(5);
      List<JsonNode> sent =
          records.stream().map(r -> EventJson.mapper().readTree(r.value())).toList();
      assertThat(sent).allSatisfy(e -> assertThat(e.get("source").asString()).isEqualTo("web"));
      assertThat(sent)
          .allSatisfy(e -> assertThat(e.get("anonymousId").asString()).isEqualTo(anonymousId));
      assertThat(sent.stream().map(e -> e.get("type").asString()))
          .containsExactlyInAnyOrder("page", "track", "identify", "track", "track");
      JsonNode identify =
          sent.stream()
              .filter(e -> e.get("type").asString().equals("identify"))
              .findFirst()
              .orElseThrow();
      assertThat(identify.get("identifiers").toString())
          .contains("\"anonymousId\"")
          .contains(userId)
          .contains(userId.toLowerCase() + "@example.com");
      assertThat(records).allSatisfy(r -> assertThat(r.value()).doesNotContain(WEB_WRITE_KEY));
    }
  }

  @Test
  void aPageOnAnOriginNoSourceAllowsCannotSendAnything() {
    String anonymousId = "anon-" + UUID.randomUUID();
    try (TopicReader events = new TopicReader(Topics.EVENTS.name())) {
      // the same page under the name localhost is another origin, which no source allows
      var visit =
          shop.visit(
              "localhost",
              "http://localhost:" + port,
              WEB_WRITE_KEY,
              visitCalls(anonymousId, "user-" + UUID.randomUUID()));

      assertThat(visit.error()).contains("Failed to fetch");
      assertThat(visit.statuses()).isEmpty();
      assertThat(events.drain(Duration.ofSeconds(2), r -> r.value().contains(anonymousId)))
          .isEmpty();
    }
  }
}
