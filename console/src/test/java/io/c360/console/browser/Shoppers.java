package io.c360.console.browser;

import io.c360.common.json.EventJson;
import io.c360.common.score.ProfileScore;
import io.c360.common.score.ScoreReason;
import io.c360.common.score.ScoresUpdated;
import io.c360.common.topic.Topics;
import io.c360.devstack.test.ApiClient;
import io.c360.devstack.test.Eventually;
import io.c360.devstack.test.TopicWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Test customers, sent in as a shop sends them: Segment calls to ingest-service (identify with
 * email consent, page views, orders), resolved by identity-service. Their scores are published as
 * scoring-service publishes them (on {@code c360.scores.v1}) instead of training a model, which
 * would need a cohort with months of history and minutes of CPU.
 */
final class Shoppers {

  private final Platform platform;
  private final HttpClient http = HttpClient.newHttpClient();

  Shoppers(Platform platform) {
    this.platform = platform;
  }

  /** A shopper with the given first name: her events are sent and her profile awaited. */
  record Shopper(String userId, String email, String firstName, String profileId) {}

  Shopper shopper(String firstName, int orders) {
    return shopper(firstName, orders, "none");
  }

  /** A shopper in a cohort (her trait {@code cohort}), so an audience can hold only this run's. */
  Shopper shopper(String firstName, int orders, String cohort) {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String userId = "u-" + run;
    String email = firstName.toLowerCase() + "." + run + "@example.com";
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    send(
        "identify",
        """
        {"userId":"%s","traits":{"email":"%s","firstName":"%s","cohort":"%s",
         "consent":{"email":true}},"timestamp":"%s"}"""
            .formatted(userId, email, firstName, cohort, now.minus(40, ChronoUnit.DAYS)));
    for (int i = 0; i < 3; i++) {
      send(
          "page",
          """
          {"userId":"%s","name":"Home","timestamp":"%s"}"""
              .formatted(userId, now.minus(40 - i, ChronoUnit.DAYS)));
    }
    for (int i = 0; i < orders; i++) {
      send(
          "track",
          """
          {"userId":"%s","event":"Order Completed","timestamp":"%s","properties":{
            "order_id":"o-%s-%d","revenue":42.5,"currency":"EUR",
            "products":[{"sku":"COF-0001","quantity":1,"price":42.5,"category":"Coffee"}]}}"""
              .formatted(userId, now.minus(35 - i, ChronoUnit.DAYS), run, i));
    }
    ApiClient identity = new ApiClient(platform.port("identity"));
    String[] profileId = new String[1];
    Eventually.assertThat(
        () -> {
          var response = identity.get("/v1/profiles?email=" + email, platform.adminToken);
          org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(200);
          JsonNode json = response.json();
          org.assertj.core.api.Assertions.assertThat(
                  json.path("computed").path("orderCount").asInt())
              .isEqualTo(orders);
          profileId[0] = json.path("profileId").asString();
        });
    return new Shopper(userId, email, firstName, profileId[0]);
  }

  /**
   * A shopper whose anonymous visit (a profile of its own) and account were merged when she logged
   * in on that device; returns her with the surviving profile, and the merged one's id.
   */
  record Merged(Shopper shopper, String mergedProfileId) {}

  Merged mergedShopper(String firstName) {
    String anonymousId = "a-" + UUID.randomUUID().toString().substring(0, 8);
    send(
        "page",
        """
        {"anonymousId":"%s","name":"Home","timestamp":"%s"}"""
            .formatted(anonymousId, Instant.now().minus(2, ChronoUnit.DAYS)));
    ApiClient identity = new ApiClient(platform.port("identity"));
    String[] visitor = new String[1];
    Eventually.assertThat(
        () -> {
          var response =
              identity.get("/v1/profiles?anonymousId=" + anonymousId, platform.adminToken);
          org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(200);
          visitor[0] = response.json().path("profileId").asString();
        });
    Shopper shopper = shopper(firstName, 1);
    send(
        "identify",
        """
        {"userId":"%s","anonymousId":"%s","timestamp":"%s"}"""
            .formatted(shopper.userId(), anonymousId, Instant.now()));
    // whichever profile survives (identity-service keeps the older one), it holds both now
    String[] survivor = new String[1];
    Eventually.assertThat(
        () -> {
          JsonNode merged =
              identity.get("/v1/profiles?email=" + shopper.email(), platform.adminToken).json();
          org.assertj.core.api.Assertions.assertThat(merged.path("mergedProfileIds").toString())
              .containsAnyOf(visitor[0], shopper.profileId());
          survivor[0] = merged.path("profileId").asString();
        });
    String mergedId = survivor[0].equals(shopper.profileId()) ? visitor[0] : shopper.profileId();
    return new Merged(
        new Shopper(shopper.userId(), shopper.email(), shopper.firstName(), survivor[0]), mergedId);
  }

  /** An order now, as the shop's backend reports it. */
  void order(Shopper shopper, String orderId, double revenue) {
    order(shopper, orderId, revenue, "TEA-0002", "Tea");
  }

  /** An order of one product now. */
  void order(Shopper shopper, String orderId, double revenue, String sku, String category) {
    send(
        "track",
        """
        {"userId":"%s","event":"Order Completed","timestamp":"%s","properties":{
          "order_id":"%s","revenue":%s,"currency":"EUR",
          "products":[{"sku":"%s","quantity":1,"price":%s,"category":"%s"}]}}"""
            .formatted(shopper.userId(), Instant.now(), orderId, revenue, sku, revenue, category));
  }

  /** Waits until identity-service counts {@code orders} orders on the shopper's profile. */
  void awaitOrders(Shopper shopper, int orders) {
    ApiClient identity = new ApiClient(platform.port("identity"));
    Eventually.assertThat(
        () ->
            org.assertj.core.api.Assertions.assertThat(
                    identity
                        .get("/v1/profiles?email=" + shopper.email(), platform.adminToken)
                        .json()
                        .path("computed")
                        .path("orderCount")
                        .asInt())
                .isEqualTo(orders));
  }

  /**
   * Publishes a score with its reasons on {@code c360.scores.v1} as scoring-service does; identity
   * and activation show it from their own projections of that topic.
   */
  void score(String profileId, String model, double value) {
    ProfileScore score =
        new ProfileScore(
            model,
            1,
            value,
            Instant.now(),
            List.of(
                new ScoreReason("days_since_last_order", 35.0, 0.41),
                new ScoreReason("sessions_30d", 0.0, 0.22),
                new ScoreReason("order_count", 2.0, -0.08)));
    try (TopicWriter topics = new TopicWriter()) {
      topics.send(
          Topics.SCORES.name(),
          profileId,
          EventJson.mapper().writeValueAsString(new ScoresUpdated(profileId, model, score)));
    }
    ApiClient identity = new ApiClient(platform.port("identity"));
    Eventually.assertThat(
        () ->
            org.assertj.core.api.Assertions.assertThat(
                    identity
                        .get("/v1/profiles/" + profileId, platform.adminToken)
                        .json()
                        .path("scores")
                        .path(model)
                        .path("score")
                        .asDouble())
                .isEqualTo(value));
  }

  private void send(String type, String json) {
    String auth =
        Base64.getEncoder()
            .encodeToString((platform.writeKey + ":").getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create("http://localhost:" + platform.port("ingest") + "/v1/" + type))
            .header("Authorization", "Basic " + auth)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "ingest answered " + response.statusCode() + ": " + response.body());
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
