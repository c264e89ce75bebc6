package io.c360.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.devstack.test.ApiClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * A shop's order history long enough for scoring-service to train {@code repurchase_30d}
 * (population: has ordered; label: orders again within 30 days): every customer first ordered 200
 * days ago, and every other one has ordered every 20 days since, so each of the model's six monthly
 * cutoffs gives a row per customer, half of them positive. Sent through ingest-service's Segment
 * batch API.
 */
final class RepeatBuyers {

  static final String MODEL = "repurchase_30d";
  private static final int BATCH = 400;

  private final Platform platform;
  private final HttpClient http = HttpClient.newHttpClient();

  RepeatBuyers(Platform platform) {
    this.platform = platform;
  }

  /** Sends the orders of {@code customers} customers (half of them repeat buyers). */
  void send(int customers) {
    String run = UUID.randomUUID().toString().substring(0, 8);
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    List<String> messages = new ArrayList<>();
    for (int c = 0; c < customers; c++) {
      String userId = "rb-" + run + "-" + c;
      Instant first = now.minus(Duration.ofDays(200)).plus(Duration.ofMinutes(c));
      messages.add(order(userId, first, run + "-" + c + "-0"));
      if (c % 2 == 0) {
        for (int n = 1; n * 20 < 200; n++) {
          messages.add(
              order(userId, first.plus(Duration.ofDays(20L * n)), run + "-" + c + "-" + n));
        }
      }
    }
    for (int from = 0; from < messages.size(); from += BATCH) {
      batch(messages.subList(from, Math.min(messages.size(), from + BATCH)));
    }
  }

  /**
   * Trains the model as an analyst would, again while scoring-service still reads the histories
   * (until then it has too little data), and answers the finished job.
   */
  JsonNode trainedVersion(Duration timeout) {
    ApiClient scoring = new ApiClient(platform.port("scoring"));
    Instant deadline = Instant.now().plus(timeout);
    JsonNode job;
    do {
      ApiClient.Response started =
          scoring.post("/v1/models/" + MODEL + "/training-jobs", "", platform.adminToken);
      assertThat(started.status()).as(started.body()).isEqualTo(202);
      String id = started.json().get("id").asString();
      do {
        pause();
        job = scoring.get("/v1/training-jobs/" + id, platform.adminToken).json();
      } while (!List.of("succeeded", "failed").contains(job.get("status").asString())
          && Instant.now().isBefore(deadline));
    } while (!job.get("status").asString().equals("succeeded") && Instant.now().isBefore(deadline));
    assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("succeeded");
    return job;
  }

  private static void pause() {
    try {
      Thread.sleep(2_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String order(String userId, Instant at, String orderId) {
    return """
        {"type":"track","userId":"%s","event":"Order Completed","timestamp":"%s","properties":{
          "order_id":"o-%s","revenue":24.0,"currency":"EUR",
          "products":[{"sku":"TEA-0002","quantity":1,"price":24.0,"category":"Tea"}]}}"""
        .formatted(userId, at, orderId);
  }

  private void batch(List<String> messages) {
    String auth =
        Base64.getEncoder()
            .encodeToString((platform.writeKey + ":").getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create("http://localhost:" + platform.port("ingest") + "/v1/batch"))
            .header("Authorization", "Basic " + auth)
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"batch\":[" + String.join(",", messages) + "]}"))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
