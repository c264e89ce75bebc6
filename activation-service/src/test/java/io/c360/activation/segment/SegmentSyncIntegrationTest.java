package io.c360.activation.segment;

import static io.c360.activation.support.ActivationClient.MARKETER_TOKEN;
import static io.c360.activation.support.Customers.customer;
import static org.assertj.core.api.Assertions.assertThat;

import io.c360.activation.profile.ProfileViewStore;
import io.c360.activation.support.ActivationClient;
import io.c360.activation.support.Customers;
import io.c360.activation.support.RecommendationServer;
import io.c360.activation.support.RecordingHttpServer;
import io.c360.devstack.test.ApiClient.Response;
import io.c360.devstack.test.Eventually;
import io.c360.devstack.test.WithDevStack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Segment switched on (a write key, and a local server standing in for Segment's API): audience
 * entries and exits and new scores reach Segment as identify traits through the Kafka listeners.
 * Its own application context, closed after the class, so no second instance lingers.
 */
@WithDevStack
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "c360.activation.segment.flush-queue-size=1",
      "c360.activation.segment.flush-interval=1s",
      "c360.activation.campaigns.poll-interval=1h"
    })
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SegmentSyncIntegrationTest {

  private static final String WRITE_KEY = "wk_segment_sync_test";
  private static final RecordingHttpServer SEGMENT = start();

  @DynamicPropertySource
  static void segment(DynamicPropertyRegistry registry) {
    registry.add("c360.activation.segment.write-key", () -> WRITE_KEY);
    registry.add("c360.activation.segment.endpoint", () -> SEGMENT.endpoint().toString());
    registry.add(
        "c360.activation.recommendations.base-url", () -> RecommendationServer.get().baseUrl());
  }

  @LocalServerPort int port;
  @Autowired ProfileViewStore profileView;

  private ActivationClient client;
  private Customers customers;

  @BeforeEach
  void setUp() {
    client = new ActivationClient(port);
    customers = new Customers(profileView);
    SEGMENT.answer("/v1/import/", 200, "{\"success\":true}");
  }

  @AfterEach
  void tearDown() {
    customers.close();
  }

  @AfterAll
  static void stopSegment() {
    SEGMENT.close();
  }

  @Test
  void entriesExitsAndScoresReachSegmentAsIdentifyTraits() {
    String userId = "seg-" + customers.cohort();
    String member =
        customers.add(customer().userId(userId).score("churn_90d", 0.9).consent("email", true));
    String key = "seg_" + customers.cohort().substring(7);
    Response created =
        client.post(
            "/v1/audiences",
            """
            {"key":"%s","name":"Segment sync","rule":{"all":[%s,
              {"field":"scores.churn_90d","op":"gte","value":0.7}]}}
            """
                .formatted(key, customers.cohortCondition()),
            MARKETER_TOKEN);
    assertThat(created.status()).as(created.body()).isEqualTo(201);

    Eventually.assertThat(
        () ->
            assertThat(traitsSentFor(userId)).anyMatch(t -> t.path("audience_" + key).asBoolean()));

    customers.score(member, "churn_90d", 0.3);

    Eventually.assertThat(
        () -> {
          List<JsonNode> traits = traitsSentFor(userId);
          assertThat(traits)
              .anyMatch(t -> t.has("audience_" + key) && !t.get("audience_" + key).asBoolean());
          assertThat(traits)
              .anyMatch(
                  t -> t.has("churn_90d_score") && t.get("churn_90d_score").asDouble() == 0.3);
        });
    RecordingHttpServer.Request request = SEGMENT.requests().getFirst();
    assertThat(request.path()).isEqualTo("/v1/import/");
    assertThat(request.json().get("writeKey").asString()).isEqualTo(WRITE_KEY);
  }

  /** The traits of every identify call Segment received for the userId, in order. */
  private static List<JsonNode> traitsSentFor(String userId) {
    List<JsonNode> traits = new ArrayList<>();
    for (RecordingHttpServer.Request request : SEGMENT.requests()) {
      for (JsonNode call : request.json().path("batch")) {
        if (call.path("type").asString().equals("identify")
            && call.path("userId").asString().equals(userId)) {
          traits.add(call.get("traits"));
        }
      }
    }
    return traits;
  }

  private static RecordingHttpServer start() {
    try {
      return new RecordingHttpServer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
