package io.c360.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.devstack.test.ApiClient;
import io.c360.devstack.test.ApiClient.Response;
import io.c360.devstack.test.Eventually;
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
 * ingest-service and identity-service together, as child JVMs, on a devstack of their own (Kafka
 * and DynamoDB Local keeping their data in a directory, so they can be restarted): files imported
 * through {@code POST /v1/imports} end on the right profiles; {@code kill -9} of either while
 * customers' events stream in (as an SDK sends them: a batch that failed is sent again, same
 * messageIds) and a big store export is being imported loses nothing and counts nothing twice; and
 * so does a restart of Kafka and DynamoDB Local, during which ingest answers 503 instead of
 * hanging.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IngestIdentityEndToEndTest {

  private static final int CUSTOMERS = 120;
  private static final int ORDERS_EACH = 4;
  private static final int BATCH = 30;

  /** The store export imported while ingest is killed: 30,000 rows, 3,000 orders. */
  private static final int STORE_BUYERS = 100;

  private static final int STORE_ORDERS = 3_000;
  private static final int LINES_PER_ORDER = 10;

  private final Credentials credentials = Credentials.random();
  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private RestartableDevStack devStack;
  private Platform platform;

  @BeforeAll
  void startIngestAndIdentity(@TempDir Path workDir) {
    Path logDir =
        Path.of(System.getProperty("c360.e2e.logs", "target/e2e-logs"), "ingest-identity");
    devStack = RestartableDevStack.start(workDir.resolve("devstack"), logDir);
    platform =
        Platform.start(
            devStack.stack(),
            credentials,
            workDir,
            logDir,
            EnumSet.of(Service.INGEST, Service.IDENTITY));
  }

  @AfterAll
  void stop() {
    if (platform != null) {
      platform.close();
    }
    if (devStack != null) {
      devStack.close();
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
  void killingIdentityAndIngestDuringEventsAndAnImportLosesNothingAndCountsNothingTwice()
      throws InterruptedException {
    String key = "imports/store-export-" + run + ".csv";
    StoreExport export =
        StoreExport.write(
            platform.blobRoot().resolve(key), run, STORE_BUYERS, STORE_ORDERS, LINES_PER_ORDER);
    Map<String, BigDecimal> sentRevenue = new LinkedHashMap<>();
    SdkSender sender = SdkSender.start(batches("fault-" + run, sentRevenue), platform::segment);

    Progress progress = new Progress();
    awaitAccepted(sender, sender.batches() / 4);
    platform.kill(Service.IDENTITY);
    progress.mark("identity killed");
    String importId = platform.startImport("pos-sales", key);
    JsonNode lastSeen = awaitFirstCheckpoint(importId);
    platform.kill(Service.INGEST);
    progress.mark("ingest killed at the import's first checkpoint: " + lastSeen);
    assertThat(lastSeen.path("checkpointRow").asLong())
        .as("the import was running when ingest was killed: " + lastSeen)
        .isLessThan(export.rows());
    platform.restart(Service.INGEST);
    progress.mark("ingest restarted");
    awaitAccepted(sender, sender.batches() * 3 / 4);
    platform.restart(Service.IDENTITY);
    progress.mark("identity restarted");
    sender.await(Duration.ofMinutes(5));
    progress.mark("every batch accepted");
    assertThat(sender.attempts())
        .as("every message of an accepted batch was accepted")
        .allSatisfy(attempt -> assertThat(attempt.rejected()).isZero());

    // the restarted ingest took the import over from its checkpoint once the lease ran out
    JsonNode report = platform.awaitImport(importId, Duration.ofMinutes(3));
    progress.mark("import ended: " + report);
    assertThat(report.path("status").asString()).as(report.toString()).isEqualTo("COMPLETED");
    assertThat(report.path("rowsRead").asLong()).as(report.toString()).isEqualTo(export.rows());
    assertThat(report.path("accepted").asLong()).as(report.toString()).isEqualTo(export.rows());
    assertThat(report.path("rejected").asLong()).as(report.toString()).isZero();

    ApiClient identity = platform.api(Service.IDENTITY);
    Eventually.within(
        Duration.ofMinutes(5),
        () -> {
          sentRevenue.forEach(
              (userId, revenue) -> assertTotals(identity, credentials, userId, revenue));
          export.buyers().forEach(buyer -> assertStoreTotals(identity, credentials, buyer));
        });
    progress.mark("every order on its profile");
    assertOneProfileEach(identity, sentRevenue);
    for (StoreExport.Buyer buyer : export.buyers()) {
      JsonNode byCard = profile(identity, credentials, "loyaltyId", buyer.loyaltyId());
      JsonNode byEmail = profile(identity, credentials, "email", buyer.email());
      assertThat(byCard.path("profileId").asString())
          .as("one profile for " + buyer.email())
          .isEqualTo(byEmail.path("profileId").asString());
    }
  }

  @Test
  @Order(3)
  void restartingKafkaAndDynamoDbLosesNothingAndIngestAnswers503InsteadOfHanging()
      throws InterruptedException {
    Map<String, BigDecimal> sentRevenue = new LinkedHashMap<>();
    SdkSender sender = SdkSender.start(batches("outage-" + run, sentRevenue), platform::segment);

    Progress progress = new Progress();
    awaitAccepted(sender, sender.batches() / 4);
    devStack.stop();
    Instant down = Instant.now();
    progress.mark("Kafka and DynamoDB Local stopped");
    // SDKs keep sending while Kafka and DynamoDB Local are gone: let two attempts be answered
    Eventually.within(
        Duration.ofMinutes(2),
        () -> assertThat(attemptsWithin(sender, down, Instant.now())).hasSizeGreaterThan(1));
    Instant back = Instant.now();
    progress.mark("two requests answered meanwhile");
    devStack.startAgain();
    progress.mark("Kafka and DynamoDB Local started again");
    sender.await(Duration.ofMinutes(5));
    progress.mark("every batch accepted; attempts: " + sender.attempts().size());

    assertThat(attemptsWithin(sender, down, back))
        .as("answers while Kafka was down")
        .isNotEmpty()
        .allSatisfy(
            attempt -> {
              assertThat(attempt.status()).as(attempt.toString()).isEqualTo(503);
              assertThat(attempt.retryAfter()).as(attempt.toString()).isNotBlank();
            });
    assertThat(sender.attempts())
        .as("every message of an accepted batch was accepted")
        .allSatisfy(attempt -> assertThat(attempt.rejected()).isZero());

    ApiClient identity = platform.api(Service.IDENTITY);
    Eventually.within(
        Duration.ofMinutes(5),
        () ->
            sentRevenue.forEach(
                (userId, revenue) -> assertTotals(identity, credentials, userId, revenue)));
    progress.mark("every order on its profile");
    assertOneProfileEach(identity, sentRevenue);
  }

  /** Prints how long each phase of a fault test took, to the test's output. */
  private static final class Progress {
    private final Instant start = Instant.now();

    void mark(String what) {
      System.out.printf(
          "[+%5.1f s] %s%n", Duration.between(start, Instant.now()).toMillis() / 1000.0, what);
    }
  }

  /** Attempts sent after {@code from} and answered (or given up) before {@code to}. */
  private static List<SdkSender.Attempt> attemptsWithin(
      SdkSender sender, Instant from, Instant to) {
    return sender.attempts().stream()
        .filter(attempt -> !attempt.sentAt().isBefore(from) && !attempt.answeredAt().isAfter(to))
        .toList();
  }

  private void assertOneProfileEach(ApiClient identity, Map<String, BigDecimal> sentRevenue) {
    for (String userId : sentRevenue.keySet()) {
      JsonNode byUser = profile(identity, credentials, "userId", userId);
      JsonNode byEmail = profile(identity, credentials, "email", userId + "@example.com");
      assertThat(byEmail.path("profileId").asString())
          .as("one profile for " + userId)
          .isEqualTo(byUser.path("profileId").asString());
    }
  }

  /**
   * Polls the import's report until its first checkpoint: it is running and has published part of
   * the file. Returns the last report seen.
   */
  private JsonNode awaitFirstCheckpoint(String importId) {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (true) {
      JsonNode report = platform.importReport(importId);
      String status = report.path("status").asString();
      if (status.equals("RUNNING") && report.path("checkpointRow").asLong() > 0) {
        return report;
      }
      assertThat(status)
          .as("the import ended before ingest could be killed: " + report)
          .isIn("PENDING", "RUNNING");
      assertThat(Instant.now()).as("import still " + report).isBefore(deadline);
      pause(Duration.ofMillis(25));
    }
  }

  /** Each customer: an identify with userId and email, then orders of known revenue. */
  private static List<List<ObjectNode>> batches(
      String prefix, Map<String, BigDecimal> sentRevenue) {
    List<ObjectNode> messages = new ArrayList<>();
    Instant at = Instant.now().minus(Duration.ofDays(2));
    for (int c = 0; c < CUSTOMERS; c++) {
      String userId = prefix + "-" + c;
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

  private static void assertStoreTotals(
      ApiClient identity, Credentials credentials, StoreExport.Buyer buyer) {
    JsonNode traits = profile(identity, credentials, "email", buyer.email()).path("computed");
    assertThat(traits.path("orderCount").asLong())
        .as(buyer.email() + " orders")
        .isEqualTo(buyer.orders());
    assertThat(traits.path("lifetimeValue").decimalValue())
        .as(buyer.email() + " lifetime value")
        .isEqualByComparingTo(buyer.lifetimeValue());
  }

  private static void awaitAccepted(SdkSender sender, int batches) {
    Eventually.within(
        Duration.ofMinutes(3), () -> assertThat(sender.accepted()).isGreaterThanOrEqualTo(batches));
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
