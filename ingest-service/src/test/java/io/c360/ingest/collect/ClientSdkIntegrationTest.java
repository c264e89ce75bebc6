package io.c360.ingest.collect;

import static io.c360.ingest.support.Credentials.ADMIN_TOKEN;
import static io.c360.ingest.support.Credentials.IOS_WRITE_KEY;
import static io.c360.ingest.support.Credentials.WEB_WRITE_KEY;
import static io.c360.ingest.support.Credentials.basic;
import static io.c360.ingest.support.Credentials.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.json.EventJson;
import io.c360.common.topic.Topics;
import io.c360.devstack.test.TopicReader;
import io.c360.ingest.IngestIntegrationTest;
import io.c360.ingest.support.ClientSdks;
import io.c360.ingest.support.IngestClient.Answer;
import io.c360.ingest.support.Messages;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** What Segment's browser, iOS and Android SDKs send, answered as they need it. */
class ClientSdkIntegrationTest extends IngestIntegrationTest {

  private static final String SHOP = "https://shop.example";

  private static JsonNode value(ConsumerRecord<String, String> record) {
    return EventJson.mapper().readTree(record.value());
  }

  private static Map<String, Object> call(String type, String anonymousId) {
    Map<String, Object> m = Messages.base(type);
    m.put("anonymousId", anonymousId);
    switch (type) {
      case "track" -> m.put("event", "Product Viewed");
      case "identify" -> {
        m.put("userId", "user-" + anonymousId);
        m.put("traits", Map.of("email", anonymousId + "@example.com"));
      }
      case "page", "screen" -> m.put("name", "Home");
      case "group" -> m.put("groupId", "company-1");
      case "alias" -> {
        m.put("userId", "user-" + anonymousId);
        m.put("previousId", anonymousId);
      }
      default -> throw new IllegalArgumentException(type);
    }
    return m;
  }

  @ParameterizedTest
  @ValueSource(strings = {"track", "identify", "page", "screen", "group", "alias"})
  void acceptsEachCallAtTheBrowserSdksOneLetterRoute(String type) {
    String anonymousId = "anon-" + UUID.randomUUID();
    Map<String, Object> message = call(type, anonymousId);
    var request = ClientSdks.browserCall(WEB_WRITE_KEY, message, SHOP, 2);

    try (TopicReader events = new TopicReader(Topics.EVENTS.name())) {
      Answer answer = request.sendTo(client());

      assertThat(request.path()).isEqualTo("/v1/" + type.charAt(0));
      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.body().get("accepted").asInt()).isEqualTo(1);
      assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo(SHOP);
      assertThat(answer.header("Access-Control-Allow-Credentials")).isNull();
      var records = events.await(1, r -> r.value().contains(message.get("messageId").toString()));
      JsonNode event = value(records.getFirst());
      assertThat(event.get("type").asString()).isEqualTo(type);
      assertThat(event.get("source").asString()).isEqualTo("web");
      assertThat(records.getFirst().value()).doesNotContain(WEB_WRITE_KEY);
    }
  }

  @Test
  void answersAPreflightFromAnAllowedOriginWithoutCredentialsMode() {
    for (String origin : List.of(SHOP, "https://eu.example.com", "http://127.0.0.1:5173")) {
      Answer answer = preflight("/v1/t", origin, "authorization,content-type,x-retry-count");

      assertThat(answer.status()).as(origin).isEqualTo(204);
      assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo(origin);
      assertThat(answer.header("Access-Control-Allow-Methods")).contains("POST");
      assertThat(answer.header("Access-Control-Allow-Headers"))
          .containsIgnoringCase("Authorization")
          .containsIgnoringCase("Content-Type")
          .containsIgnoringCase("X-Retry-Count");
      assertThat(answer.header("Access-Control-Allow-Credentials")).isNull();
    }
    assertThat(preflight("/v1/b", SHOP, "authorization").status()).isEqualTo(204);
    assertThat(preflight("/v1/batch", SHOP, "authorization").status()).isEqualTo(204);
  }

  @Test
  void refusesAPreflightFromAnOriginNoSourceAllowsWithAProblem() {
    for (String origin :
        List.of("https://evil.example", "https://shop.example.evil.com", "http://localhost:3000")) {
      Answer answer = preflight("/v1/t", origin, "authorization,content-type");

      assertThat(answer.status()).as(origin).isEqualTo(403);
      assertThat(answer.contentType()).isEqualTo("application/problem+json");
      assertThat(answer.body().get("detail").asString()).contains(origin);
      assertThat(answer.header("Access-Control-Allow-Origin")).isNull();
    }
  }

  @Test
  void refusesAPreflightAskingForAHeaderThatIsNotAllowed() {
    Answer answer = preflight("/v1/t", SHOP, "authorization,x-api-key");

    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.body().get("detail").asString()).contains("x-api-key");
  }

  @Test
  void refusesEventsFromAPageWhoseOriginTheWriteKeysSourceDoesNotAllow() {
    String anonymousId = "anon-" + UUID.randomUUID();
    try (TopicReader events = new TopicReader(Topics.EVENTS.name())) {
      Answer foreign =
          ClientSdks.browserCall(
                  WEB_WRITE_KEY, call("track", anonymousId), "https://evil.example", 1)
              .sendTo(client());
      // the origin is one web allows, but the ios source's key allows no page at all
      Answer wrongKey =
          ClientSdks.browserCall(IOS_WRITE_KEY, call("track", anonymousId), SHOP, 1)
              .sendTo(client());

      assertThat(foreign.status()).isEqualTo(403);
      assertThat(foreign.contentType()).isEqualTo("application/problem+json");
      assertThat(wrongKey.status()).isEqualTo(403);
      assertThat(wrongKey.body().get("detail").asString()).contains("'ios'");
      assertThat(events.drain(Duration.ofSeconds(2), r -> r.value().contains(anonymousId)))
          .isEmpty();
    }
  }

  @Test
  void givesNoOtherApiCorsHeaders() {
    Answer preflight = preflight("/v1/imports", SHOP, "authorization,content-type");
    Answer get =
        client()
            .request(
                "GET",
                "/v1/imports/unknown",
                Map.of("Origin", SHOP, "Authorization", bearer(ADMIN_TOKEN)),
                null,
                false);

    assertThat(preflight.status()).isIn(401, 403);
    assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
    assertThat(get.header("Access-Control-Allow-Origin")).isNull();
  }

  @Test
  void acceptsTheBrowserSdksBatchAtB() {
    String anonymousId = "anon-" + UUID.randomUUID();
    var request =
        ClientSdks.browserBatch(
            WEB_WRITE_KEY,
            List.of(
                call("page", anonymousId),
                call("track", anonymousId),
                call("identify", anonymousId)),
            SHOP);

    try (TopicReader events = new TopicReader(Topics.EVENTS.name())) {
      Answer answer = request.sendTo(client());

      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.body().get("accepted").asInt()).isEqualTo(3);
      assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo(SHOP);
      assertThat(events.await(3, r -> r.value().contains(anonymousId))).hasSize(3);
    }
  }

  @Test
  void acceptsTheAndroidSdksGzippedChunkedUploadWithTheKeyOnlyInTheBody() {
    String anonymousId = "anon-" + UUID.randomUUID();
    var request =
        ClientSdks.androidUpload(
            IOS_WRITE_KEY, List.of(call("screen", anonymousId), call("track", anonymousId)));

    try (TopicReader events = new TopicReader(Topics.EVENTS.name())) {
      Answer answer = request.sendTo(client());

      assertThat(request.headers()).doesNotContainKey("Authorization");
      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.body().get("accepted").asInt()).isEqualTo(2);
      var records = events.await(2, r -> r.value().contains(anonymousId));
      assertThat(records)
          .allSatisfy(r -> assertThat(value(r).get("source").asString()).isEqualTo("ios"));
      assertThat(value(records.getFirst()).get("context").get("library").get("name").asString())
          .isEqualTo("analytics-kotlin");
    }
  }

  @Test
  void acceptsTheIosSdksUploadAsJsonWithTheKeyOnlyInTheBody() {
    String anonymousId = "anon-" + UUID.randomUUID();
    var request =
        ClientSdks.iosUpload(
            IOS_WRITE_KEY, List.of(call("identify", anonymousId), call("track", anonymousId)));

    try (TopicReader events = new TopicReader(Topics.EVENTS.name())) {
      Answer answer = request.sendTo(client());

      assertThat(answer.status()).isEqualTo(200);
      assertThat(events.await(2, r -> r.value().contains(anonymousId))).hasSize(2);
    }
  }

  @Test
  void servesTheSettingsTheSdksReadAtStartPointingAtThisIngest() {
    Answer answer =
        client()
            .request(
                "GET",
                "/v1/projects/" + WEB_WRITE_KEY + "/settings",
                Map.of("Origin", SHOP),
                null,
                false);

    assertThat(answer.status()).isEqualTo(200);
    JsonNode segment = answer.body().get("integrations").get("Segment.io");
    assertThat(segment.get("apiKey").asString()).isEqualTo(WEB_WRITE_KEY);
    assertThat(segment.get("apiHost").asString()).isEqualTo("localhost:" + port + "/v1");
    assertThat(segment.get("protocol").asString()).isEqualTo("http");
    assertThat(answer.body().get("integrations").size()).isEqualTo(1);
    assertThat(answer.body().get("metrics").get("sampleRate").asDouble()).isZero();
    assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo(SHOP);
    // the mobile SDKs send no Origin and ask with a JSON content type
    Answer mobile =
        client()
            .request(
                "GET",
                "/v1/projects/" + IOS_WRITE_KEY + "/settings",
                Map.of("Content-Type", "application/json; charset=utf-8"),
                null,
                false);
    assertThat(mobile.status()).isEqualTo(200);
    assertThat(mobile.body().get("integrations").get("Segment.io").get("apiKey").asString())
        .isEqualTo(IOS_WRITE_KEY);
  }

  @Test
  void answersSettingsForAnUnknownWriteKey404() {
    Answer answer = client().get("/v1/projects/no-such-key/settings", null);

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.contentType()).isEqualTo("application/problem+json");
  }

  @Test
  void countsAndDropsTheSdksTelemetry() {
    double before = telemetryCount();
    Answer answer =
        client()
            .request(
                "POST",
                "/v1/m",
                Map.of("Content-Type", "text/plain", "Origin", SHOP),
                "{\"series\":[{\"type\":\"Counter\",\"metric\":\"analytics_mobile.invoke\",\"value\":1}]}"
                    .getBytes(StandardCharsets.UTF_8),
                false);

    assertThat(answer.status()).isEqualTo(202);
    assertThat(telemetryCount()).isEqualTo(before + 1);
  }

  @Test
  void answersAMalformedMessage400SoSdksDropItInsteadOfRetrying() {
    Answer notJson =
        client()
            .request(
                "POST",
                "/v1/t",
                Map.of(
                    "Content-Type",
                    "text/plain",
                    "Origin",
                    SHOP,
                    "Authorization",
                    basic(WEB_WRITE_KEY)),
                "{\"type\":\"track\",".getBytes(StandardCharsets.UTF_8),
                false);
    Map<String, Object> noEvent = call("track", "anon-" + UUID.randomUUID());
    noEvent.remove("event");
    Answer invalid = ClientSdks.browserCall(WEB_WRITE_KEY, noEvent, SHOP, 1).sendTo(client());

    assertThat(notJson.status()).isEqualTo(400);
    assertThat(notJson.contentType()).isEqualTo("application/problem+json");
    assertThat(notJson.header("Access-Control-Allow-Origin")).isEqualTo(SHOP);
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.body().get("detail").asString()).contains("event");
  }

  private Answer preflight(String path, String origin, String requestHeaders) {
    return client()
        .request(
            "OPTIONS",
            path,
            Map.of(
                "Origin", origin,
                "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", requestHeaders),
            null,
            false);
  }

  private double telemetryCount() {
    String metrics = client().get("/actuator/prometheus", bearer(ADMIN_TOKEN)).raw();
    Matcher m =
        Pattern.compile("(?m)^c360_ingest_sdk_telemetry_total\\{[^}]*} ([0-9.eE+]+)$")
            .matcher(metrics);
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }
}
