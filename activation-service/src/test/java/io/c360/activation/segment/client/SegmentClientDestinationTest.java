package io.c360.activation.segment.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.c360.activation.segment.IdentifyCall;
import io.c360.activation.segment.SegmentProperties;
import io.c360.activation.segment.SegmentUnavailableException;
import io.c360.activation.support.RecordingHttpServer;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SegmentClientDestinationTest {

  private static final String WRITE_KEY = "wk_local_test_0123456789";
  private static final Instant AT = Instant.parse("2026-11-20T10:15:30Z");

  private RecordingHttpServer server;
  private SegmentClientDestination segment;

  @BeforeEach
  void start() throws Exception {
    server = new RecordingHttpServer();
    SegmentProperties properties =
        new SegmentProperties(
            WRITE_KEY,
            server.endpoint().toString(),
            100,
            Duration.ofMinutes(1),
            1,
            Duration.ofSeconds(20));
    segment =
        new SegmentClientDestination(
            SegmentClientConfiguration.builder(properties), properties.timeout());
  }

  @AfterEach
  void stop() {
    segment.close();
    server.close();
  }

  private static IdentifyCall call(
      String messageId,
      @Nullable String userId,
      @Nullable String anonymousId,
      String trait,
      @Nullable Object value) {
    Map<String, @Nullable Object> traits = new HashMap<>();
    traits.put(trait, value);
    return new IdentifyCall(messageId, "p-" + messageId, userId, anonymousId, traits, AT);
  }

  @Test
  void postsOneBatchOfIdentifyCallsToImportWithTheWriteKey() {
    server.answer("/v1/import/", 200, "{\"success\":true}");

    segment.identify(
        List.of(
            call("m-1", "user-ann", null, "audience_winback", true),
            call("m-2", null, "anon-bob", "churn_90d_score", 0.82)));

    RecordingHttpServer.Request request = server.onlyRequest();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/v1/import/");
    // analytics-java 3.5.x authenticates with the write key in the batch body, not a header
    assertThat(request.header("authorization")).isNull();
    assertThat(request.json().get("writeKey").asString()).isEqualTo(WRITE_KEY);
    assertThat(request.header("user-agent")).startsWith("analytics-java/");
    assertThat(request.header("content-type")).startsWith("application/json");
    JsonNode batch = request.json().get("batch");
    assertThat(batch.size()).isEqualTo(2);
    JsonNode ann = batch.get(0);
    assertThat(ann.get("type").asString()).isEqualTo("identify");
    assertThat(ann.get("messageId").asString()).isEqualTo("m-1");
    assertThat(ann.get("userId").asString()).isEqualTo("user-ann");
    assertThat(ann.has("anonymousId")).isFalse();
    assertThat(ann.get("traits").get("audience_winback").asBoolean()).isTrue();
    assertThat(Instant.parse(ann.get("timestamp").asString())).isEqualTo(AT);
    assertThat(ann.get("integrations").isObject()).isTrue();
    JsonNode bob = batch.get(1);
    assertThat(bob.get("anonymousId").asString()).isEqualTo("anon-bob");
    assertThat(bob.has("userId")).isFalse();
    assertThat(bob.get("traits").get("churn_90d_score").asDouble()).isEqualTo(0.82);
    JsonNode library = request.json().get("context").get("library");
    assertThat(library.get("name").asString()).isEqualTo("analytics-java");
    assertThat(library.get("version").asString()).isNotBlank();
    assertThat(request.json().get("sentAt").asString()).isNotBlank();
  }

  @Test
  void exitsAreSentAsFalse() {
    server.answer("/v1/import/", 200, "{\"success\":true}");

    segment.identify(List.of(call("m-3", "user-ann", null, "audience_winback", false)));

    JsonNode identify = server.onlyRequest().json().get("batch").get(0);
    assertThat(identify.get("traits").get("audience_winback").isBoolean()).isTrue();
    assertThat(identify.get("traits").get("audience_winback").asBoolean()).isFalse();
  }

  @Test
  void aRejectedBatchFailsTheCallsSoTheirInputIsNotAcknowledged() {
    server.answer("/v1/import/", 400, "{\"success\":false,\"message\":\"bad write key\"}");

    assertThatThrownBy(
            () -> segment.identify(List.of(call("m-4", "user-ann", null, "audience_x", true))))
        .isInstanceOf(SegmentUnavailableException.class)
        .hasMessageNotContaining(WRITE_KEY);
  }

  @Test
  void thePropertiesNeverShowTheWriteKey() {
    SegmentProperties properties = new SegmentProperties(WRITE_KEY, null, 0, null, 0, null);

    assertThat(properties.toString()).doesNotContain(WRITE_KEY).contains("wk_l****");
    assertThat(properties.endpoint()).isEqualTo("https://api.segment.io");
  }
}
