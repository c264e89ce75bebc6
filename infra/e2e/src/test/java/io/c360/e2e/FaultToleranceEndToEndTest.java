package io.c360.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.devstack.test.ApiClient;
import io.c360.devstack.test.ApiClient.Response;
import io.c360.devstack.test.DevStackExtension;
import io.c360.devstack.test.Eventually;
import io.c360.devstack.test.WithDevStack;
import io.c360.e2e.Events.Sender;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code kill -9} of identity-service and of ingest-service while customers' events stream in, as
 * an SDK sends them (a batch that failed is sent again, same messageIds): after both restart, every
 * customer is one profile whose order count and lifetime value are exactly what was sent — nothing
 * lost, nothing counted twice.
 */
@WithDevStack
class FaultToleranceEndToEndTest {

  private static final int CUSTOMERS = 120;
  private static final int ORDERS_EACH = 4;
  private static final int BATCH = 30;

  @Test
  void killingIdentityAndIngestMidStreamLosesNothingAndCountsNothingTwice(@TempDir Path workDir)
      throws InterruptedException {
    Credentials credentials = Credentials.random();
    String run = UUID.randomUUID().toString().substring(0, 8);
    try (Platform platform =
        Platform.start(
            DevStackExtension.stack(),
            credentials,
            workDir,
            Path.of(System.getProperty("c360.e2e.logs", "target/e2e-logs"), "faults"),
            EnumSet.of(Service.INGEST, Service.IDENTITY))) {
      Map<String, BigDecimal> sentRevenue = new LinkedHashMap<>();
      List<List<ObjectNode>> batches = batches(run, sentRevenue);
      AtomicInteger sent = new AtomicInteger();
      Thread sender =
          Thread.ofPlatform()
              .name("fault-test-sender")
              .start(() -> sendAll(platform, batches, sent));

      awaitSent(sent, batches.size() / 4);
      platform.kill(Service.IDENTITY);
      awaitSent(sent, batches.size() / 2);
      platform.kill(Service.INGEST);
      platform.restart(Service.INGEST);
      awaitSent(sent, batches.size() * 3 / 4);
      platform.restart(Service.IDENTITY);
      sender.join(Duration.ofMinutes(5).toMillis());
      assertThat(sent.get()).as("batches accepted").isEqualTo(batches.size());

      ApiClient identity = platform.api(Service.IDENTITY);
      Eventually.within(
          Duration.ofMinutes(5),
          () ->
              sentRevenue.forEach(
                  (userId, revenue) -> assertTotals(identity, credentials, userId, revenue)));
      for (String userId : sentRevenue.keySet()) {
        JsonNode byUser = profile(identity, credentials, "userId", userId);
        JsonNode byEmail = profile(identity, credentials, "email", userId + "@example.com");
        assertThat(byEmail.path("profileId").asString())
            .as("one profile for " + userId)
            .isEqualTo(byUser.path("profileId").asString());
      }
    }
  }

  /** Each customer: an identify with userId and email, then orders of known revenue. */
  private static List<List<ObjectNode>> batches(String run, Map<String, BigDecimal> sentRevenue) {
    List<ObjectNode> messages = new ArrayList<>();
    Instant at = Instant.now().minus(Duration.ofDays(2));
    for (int c = 0; c < CUSTOMERS; c++) {
      String userId = "fault-" + run + "-" + c;
      Sender customer = Sender.user(userId);
      messages.add(Events.identify(customer, "email", userId + "@example.com", at));
      BigDecimal total = BigDecimal.ZERO;
      for (int o = 0; o < ORDERS_EACH; o++) {
        BigDecimal price = new BigDecimal(10 + c % 7 + o).add(new BigDecimal("0.25"));
        Product product = new Product("SKU-F" + o, "Fault item " + o, "test", price, 10);
        messages.add(Events.orderCompleted(customer, product, at.plusSeconds(60L * (o + 1))));
        total = total.add(price);
      }
      sentRevenue.put(userId, total);
    }
    List<List<ObjectNode>> batches = new ArrayList<>();
    for (int i = 0; i < messages.size(); i += BATCH) {
      batches.add(messages.subList(i, Math.min(messages.size(), i + BATCH)));
    }
    return batches;
  }

  /** Sends every batch; one that fails (refused, reset, 5xx) is sent again after a pause. */
  private static void sendAll(
      Platform platform, List<List<ObjectNode>> batches, AtomicInteger sent) {
    for (List<ObjectNode> batch : batches) {
      while (true) {
        try {
          Response answer = platform.segment().batch(batch);
          if (answer.status() == 200) {
            assertThat(answer.json().path("rejected").size()).isZero();
            sent.incrementAndGet();
            break;
          }
        } catch (RuntimeException unreachable) {
          // ingest is down or restarting: as an SDK does, keep the batch and try again
        }
        pause(Duration.ofMillis(500));
      }
      pause(Duration.ofMillis(150));
    }
  }

  private static void assertTotals(
      ApiClient identity, Credentials credentials, String userId, BigDecimal revenue) {
    JsonNode traits = profile(identity, credentials, "userId", userId).path("computed");
    assertThat(traits.path("orderCount").asLong()).as(userId + " orders").isEqualTo(ORDERS_EACH);
    assertThat(traits.path("lifetimeValue").decimalValue())
        .as(userId + " lifetime value")
        .isEqualByComparingTo(revenue);
  }

  private static JsonNode profile(
      ApiClient identity, Credentials credentials, String by, String value) {
    Response answer =
        identity.get(
            "/v1/profiles?" + by + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8),
            credentials.analystToken());
    assertThat(answer.status()).as(by + "=" + value + ": " + answer.body()).isEqualTo(200);
    return answer.json();
  }

  private static void awaitSent(AtomicInteger sent, int batches) {
    Eventually.within(
        Duration.ofMinutes(3), () -> assertThat(sent.get()).isGreaterThanOrEqualTo(batches));
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
