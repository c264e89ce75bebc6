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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * ingest-service and identity-service together, as child JVMs: files imported through {@code POST
 * /v1/imports} end on the right profiles, and {@code kill -9} of either while customers' events
 * stream in (as an SDK sends them: a batch that failed is sent again, same messageIds) loses
 * nothing and counts nothing twice.
 */
@WithDevStack
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IngestIdentityEndToEndTest {

  private static final int CUSTOMERS = 120;
  private static final int ORDERS_EACH = 4;
  private static final int BATCH = 30;

  private final Credentials credentials = Credentials.random();
  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private Platform platform;

  @BeforeAll
  void startIngestAndIdentity(@TempDir Path workDir) {
    platform =
        Platform.start(
            DevStackExtension.stack(),
            credentials,
            workDir,
            Path.of(System.getProperty("c360.e2e.logs", "target/e2e-logs"), "ingest-identity"),
            EnumSet.of(Service.INGEST, Service.IDENTITY));
  }

  @AfterAll
  void stop() {
    if (platform != null) {
      platform.close();
    }
  }

  @Test
  @Order(1)
  void aCrmFileAndAPosFileOfTheSamePeopleImportedEndOnTheSameProfiles() {
    String ann = "Ann" + run.replaceAll("[0-9]", "x");
    String bob = "Bob" + run.replaceAll("[0-9]", "y");
    String postcode = "9" + Math.abs(run.hashCode() % 9000 + 1000);
    String crm =
        "customer_id,source_system,email,first_name,last_name,street_number,address_line1,city,"
            + "postcode,region,date_of_birth,gender\n"
            + "C-%1$s,crm,%1$s@example.com,Ann,%1$s,12,Oak Street,Springfield,%3$s,ca,1984-03-21,f\n"
                .formatted(ann, bob, postcode)
            // the loyalty system's record of Ann: its own key, a typo, no email
            + "L-%1$s,loyalty,,Anne,%1$s,12,Oak Street,Springfield,%3$s,ca,1984-03-21,f\n"
                .formatted(ann, bob, postcode)
            + "C-%2$s,crm,,Robert,%2$s,12,Oak Street,Springfield,%3$s,ca,1961-11-02,m\n"
                .formatted(ann, bob, postcode);
    JsonNode crmReport =
        platform.importFile("customers", "imports/crm-" + run + ".csv", crm, Duration.ofMinutes(2));
    assertThat(crmReport.path("accepted").asLong()).as(crmReport.toString()).isEqualTo(3);

    ApiClient identity = platform.api(Service.IDENTITY);
    Eventually.within(
        Duration.ofMinutes(2),
        () -> {
          assertThat(idOf(identity, "crm:C-" + ann)).isEqualTo(idOf(identity, "loyalty:L-" + ann));
          assertThat(idOf(identity, "crm:C-" + bob)).isNotEqualTo(idOf(identity, "crm:C-" + ann));
        });

    String pos =
        "transaction_id,store_id,occurred_at,first_name,last_name,postcode,sku,quantity,unit_price\n"
            + "t-a-%s,S1,2026-11-20T10:00:00Z,Ann,%s,%s,SKU-1,1,20.00\n"
                .formatted(run, ann, postcode)
            + "t-b-%s,S1,2026-11-21T10:00:00Z,Bob,%s,%s,SKU-2,1,30.00\n"
                .formatted(run, bob, postcode);
    JsonNode posReport =
        platform.importFile("pos-sales", "imports/pos-" + run + ".csv", pos, Duration.ofMinutes(2));
    assertThat(posReport.path("accepted").asLong()).as(posReport.toString()).isEqualTo(2);

    Eventually.within(
        Duration.ofMinutes(2),
        () -> {
          JsonNode annProfile = profile(identity, credentials, "customerId", "loyalty:L-" + ann);
          assertThat(annProfile.path("computed").path("orderCount").asLong()).isEqualTo(1);
          assertThat(annProfile.path("computed").path("lifetimeValue").decimalValue())
              .isEqualByComparingTo("20.00");
          JsonNode bobProfile = profile(identity, credentials, "customerId", "crm:C-" + bob);
          assertThat(bobProfile.path("computed").path("orderCount").asLong()).isEqualTo(1);
        });
  }

  private String idOf(ApiClient identity, String customerId) {
    return profile(identity, credentials, "customerId", customerId).path("profileId").asString();
  }

  @Test
  @Order(2)
  void killingIdentityAndIngestMidStreamLosesNothingAndCountsNothingTwice()
      throws InterruptedException {
    Map<String, BigDecimal> sentRevenue = new LinkedHashMap<>();
    List<List<ObjectNode>> batches = batches(run, sentRevenue);
    AtomicInteger sent = new AtomicInteger();
    Thread sender =
        Thread.ofPlatform().name("fault-test-sender").start(() -> sendAll(platform, batches, sent));

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
