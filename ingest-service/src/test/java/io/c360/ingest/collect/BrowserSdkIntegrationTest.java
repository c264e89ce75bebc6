package io.c360.ingest.collect;

import static io.c360.ingest.support.Credentials.WEB_WRITE_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import io.c360.common.json.EventJson;
import io.c360.common.topic.Topics;
import io.c360.devstack.test.Eventually;
import io.c360.devstack.test.HeadlessChromium;
import io.c360.devstack.test.TopicReader;
import io.c360.ingest.IngestIntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import tools.jackson.databind.JsonNode;

/**
 * A shop page served from another origin, in headless Chromium, sends page, track, identify and a
 * batch the way Segment's browser SDK does (settings first, then fetch with text/plain and HTTP
 * Basic, so the browser sends real CORS preflights); the events reach Kafka tied to one visitor.
 */
class BrowserSdkIntegrationTest extends IngestIntegrationTest {

  private static HttpServer shop;
  private static ChromeDriver browser;

  @BeforeAll
  static void startShopAndBrowser() throws IOException {
    assumeTrue(HeadlessChromium.available(), "chromium and chromium-driver are not installed");
    shop = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    shop.createContext(
        "/shop.html",
        exchange -> {
          byte[] page = page();
          exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, page.length);
          exchange.getResponseBody().write(page);
          exchange.close();
        });
    shop.start();
    browser = HeadlessChromium.start();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (shop != null) {
      shop.stop(0);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void aPageOnAnAllowedOriginSendsEveryCallAndTheyArriveForOneVisitor() {
    String anonymousId = "anon-" + UUID.randomUUID();
    String userId = "user-" + UUID.randomUUID();
    try (TopicReader events = new TopicReader(Topics.EVENTS.name())) {
      // 127.0.0.1:* is allowed for source web in application-test.yml
      Map<?, ?> result = open("127.0.0.1", anonymousId, userId);

      assertThat(result.get("error")).isNull();
      assertThat((List<Object>) result.get("statuses"))
          .containsExactly("p 200", "t 200", "i 200", "b 200");
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
      assertThat(identify.get("userId").asString()).isEqualTo(userId);
      assertThat(identify.get("identifiers").toString())
          .contains("\"anonymousId\"")
          .contains(userId)
          .contains(userId.toLowerCase() + "@example.com");
      // the key is kept out of what is stored (the test page's own URL carries it, as a query)
      assertThat(sent).allSatisfy(e -> assertThat(e.has("writeKey")).isFalse());
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void aPageOnAnOriginNoSourceAllowsCannotSendAnything() {
    String anonymousId = "anon-" + UUID.randomUUID();
    try (TopicReader events = new TopicReader(Topics.EVENTS.name())) {
      // the same page under the name localhost is another origin, which no source allows
      Map<?, ?> result = open("localhost", anonymousId, "user-" + UUID.randomUUID());

      assertThat(result.get("error")).asString().contains("Failed to fetch");
      assertThat((List<Object>) result.get("statuses")).isEmpty();
      assertThat(events.drain(Duration.ofSeconds(2), r -> r.value().contains(anonymousId)))
          .isEmpty();
    }
  }

  private Map<?, ?> open(String shopHost, String anonymousId, String userId) {
    String url =
        "http://"
            + shopHost
            + ":"
            + shop.getAddress().getPort()
            + "/shop.html?cdn="
            + encode("http://localhost:" + port)
            + "&key="
            + encode(WEB_WRITE_KEY)
            + "&anon="
            + encode(anonymousId)
            + "&user="
            + encode(userId)
            + "&email="
            + encode(userId + "@Example.com");
    browser.get(url);
    Object[] result = new Object[1];
    Eventually.within(
        Duration.ofSeconds(20),
        () -> {
          result[0] = browser.executeScript("return window.c360Result;");
          assertThat(result[0]).as("the page's result").isNotNull();
        });
    return (Map<?, ?>) result[0];
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static byte[] page() {
    try (InputStream in =
        BrowserSdkIntegrationTest.class.getResourceAsStream("/browser/shop.html")) {
      if (in == null) {
        throw new IllegalStateException("browser/shop.html is missing from the test resources");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
