package io.c360.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.c360.devstack.test.ApiClient;
import io.c360.devstack.test.ApiClient.Response;
import io.c360.devstack.test.DevStackExtension;
import io.c360.devstack.test.Eventually;
import io.c360.devstack.test.WithDevStack;
import io.c360.e2e.Events.Sender;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
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
 * Starts the five service jars against the embedded Kafka broker and DynamoDB Local and follows Ann
 * from an anonymous web visit to a win-back message (or the control group), then erases her and
 * checks every service forgot her. Each step asserts what a user of the APIs would see; a step is
 * skipped once an earlier one failed, since each builds on the last.
 */
@WithDevStack
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CustomerJourneyEndToEndTest {

  /** How long one asynchronous step may take on a loaded two-core machine. */
  private static final Duration STEP = Duration.ofSeconds(120);

  private static final String CHURN = "churn_90d";

  private final String run = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
  private final Customer ann = Customer.ann(run);
  private final Instant now = Instant.now();

  private @Nullable Platform platform;
  private Credentials credentials;
  private SegmentApi segment;
  private BrowserSdk browser;
  private ApiClient ingest;
  private ApiClient identity;
  private ApiClient scoring;
  private ApiClient recommendation;
  private ApiClient activation;

  private boolean failed;
  private String visitorProfileId;
  private String profileId;
  private String audienceId;
  private String scoreFileKey;

  @BeforeAll
  void startThePlatformWithAShopAndItsCustomers(@TempDir Path workDir) {
    credentials = Credentials.random();
    platform =
        Platform.start(
            DevStackExtension.stack(),
            credentials,
            workDir,
            Path.of(System.getProperty("c360.e2e.logs", "target/e2e-logs")));
    segment = platform.segment();
    browser = platform.browserSdk();
    ingest = platform.api(Service.INGEST);
    identity = platform.api(Service.IDENTITY);
    scoring = platform.api(Service.SCORING);
    recommendation = platform.api(Service.RECOMMENDATION);
    activation = platform.api(Service.ACTIVATION);

    importFile("catalog", "imports/catalog.csv", Shop.catalogCsv());
    importFile("inventory", "imports/inventory.csv", Shop.inventoryCsv());
    List<ObjectNode> history = Cohort.messages(now);
    for (int from = 0; from < history.size(); from += 300) {
      Response sent = segment.batch(history.subList(from, Math.min(from + 300, history.size())));
      assertThat(sent.status()).as(sent.body()).isEqualTo(200);
      assertThat(sent.json().path("rejected").size()).as(sent.body()).isZero();
    }
  }

  @AfterAll
  void stopThePlatform() {
    if (browser != null) {
      browser.close();
    }
    if (platform != null) {
      platform.close();
    }
  }

  @Test
  @Order(1)
  void anAnonymousWebVisitStartsAProfile() {
    step(
        () -> {
          // from the shop's page in a real browser, as Segment's browser SDK sends (when
          // Chromium is installed; CI installs it)
          Sender visitor = Sender.visitor(ann.anonymousId());
          browser.send(
              List.of(
                  Events.page(visitor, "Outerwear", now.minusSeconds(600)),
                  Events.productViewed(visitor, Shop.STORM_JACKET, now.minusSeconds(590)),
                  Events.productViewed(visitor, Shop.TRAIL_BOOTS, now.minusSeconds(580))),
              segment);

          await(
              STEP,
              () -> {
                JsonNode profile = profileBy("anonymousId", ann.anonymousId());
                assertThat(identifiers(profile)).contains("anonymousId#" + ann.anonymousId());
                visitorProfileId = profile.path("profileId").asString();
              });
        });
  }

  @Test
  @Order(2)
  void aLoginIdentifiesTheAccountWithEmailConsent() {
    step(
        () -> {
          // the shop's backend identifies the account (it knows no anonymousId) ...
          Sender account = Sender.user(ann.userId());
          accepted(segment.send(Events.login(account, ann, now.minusSeconds(500))));
          accepted(segment.send(Events.subscriptionStarted(account, now.minusSeconds(495))));
          await(
              STEP,
              () ->
                  assertThat(
                          profileBy("userId", ann.userId())
                              .path("consent")
                              .path("email")
                              .path("value")
                              .asBoolean())
                      .isTrue());
          // ... and the browser's next call carries both ids
          browser.send(
              List.of(
                  Events.productAdded(
                      Sender.loggedInBrowser(ann), Shop.STORM_JACKET, now.minusSeconds(480))),
              segment);
        });
  }

  @Test
  @Order(3)
  void aStorePurchaseWithTheSameEmailIsImported() {
    step(
        () -> {
          JsonNode report =
              importFile(
                  "pos-sales",
                  "imports/pos-" + run + ".csv",
                  PosFile.sale("t-" + run, ann, Shop.WOOL_SOCKS, now.minusSeconds(300)));
          assertThat(report.path("accepted").asLong()).as(report.toString()).isEqualTo(1);
        });
  }

  @Test
  @Order(4)
  void oneProfileHoldsTheVisitTheAccountAndTheStorePurchase() {
    step(
        () ->
            await(
                STEP,
                () -> {
                  JsonNode profile = profileBy("email", ann.email());
                  assertThat(identifiers(profile))
                      .contains(
                          "anonymousId#" + ann.anonymousId(),
                          "userId#" + ann.userId(),
                          "email#" + ann.email(),
                          "loyaltyId#" + ann.loyaltyId());
                  assertThat(profile.path("mergedProfileIds").size()).isEqualTo(1);
                  assertThat(profile.path("consent").path("email").path("value").asBoolean())
                      .isTrue();
                  assertThat(profile.path("computed").path("orderCount").asLong()).isEqualTo(1);
                  assertThat(profile.path("computed").path("subscriptionStatus").asString())
                      .isEqualTo("active");
                  profileId = profile.path("profileId").asString();
                  assertThat(
                          profileBy("anonymousId", ann.anonymousId()).path("profileId").asString())
                      .isEqualTo(profileId);
                  assertThat(profileBy("userId", ann.userId()).path("profileId").asString())
                      .isEqualTo(profileId);
                }));
  }

  @Test
  @Order(5)
  void churnModelTrainsAndBatchScoringScoresTheCustomer() {
    step(
        () -> {
          awaitCohortOnTimelines();
          Response training =
              scoring.post("/v1/models/" + CHURN + "/training-jobs", "{}", analyst());
          assertThat(training.status()).as(training.body()).isEqualTo(202);
          JsonNode trained = awaitJob("/v1/training-jobs/" + training.json().path("id").asString());
          assertThat(trained.path("status").asString())
              .as(trained.toString())
              .isEqualTo("succeeded");
          servedAfterTheGate(trained);

          Response scoringJob =
              scoring.post("/v1/scoring-jobs", Requests.scoringJob(CHURN), analyst());
          assertThat(scoringJob.status()).as(scoringJob.body()).isEqualTo(202);
          JsonNode scored = awaitJob("/v1/scoring-jobs/" + scoringJob.json().path("id").asString());
          assertThat(scored.path("status").asString()).as(scored.toString()).isEqualTo("succeeded");
          scoreFileKey = scored.path("files").path(CHURN).asString();

          await(
              STEP,
              () -> {
                Response profile = identity.get("/v1/profiles/" + profileId, analyst());
                assertThat(profile.status()).as(profile.body()).isEqualTo(200);
                JsonNode score = profile.json().path("scores").path(CHURN);
                assertThat(score.path("score").asDouble(-1)).isBetween(0.0, 1.0);
                assertThat(score.path("modelVersion").asInt()).isPositive();
              });
          Response scores = scoring.get("/v1/scores/" + profileId, analyst());
          assertThat(scores.status()).as(scores.body()).isEqualTo(200);
          assertThat(scores.body()).contains(CHURN);
          assertThat(scoreFile()).contains(profileId);
        });
  }

  @Test
  @Order(6)
  void recommendationsForTheUserAreInStockAndStartFromWhatSheLookedAt() {
    step(
        () ->
            await(
                STEP,
                () -> {
                  JsonNode answer = recommendationsFor("userId", ann.userId());
                  assertThat(answer.path("profileId").asString()).isEqualTo(profileId);
                  List<String> skus = skus(answer);
                  assertThat(skus)
                      .isNotEmpty()
                      .contains(Shop.STORM_JACKET.sku())
                      .as("out of stock")
                      .doesNotContain(Shop.TRAIL_BOOTS.sku());
                  // home's policy is auto: before any evaluation it blends what she bought (the
                  // socks may come back) with the model, and says so
                  assertThat(answer.path("policy").path("name").asString()).isEqualTo("blend");
                  assertThat(answer.path("policy").path("auto").asBoolean()).isTrue();
                  for (JsonNode item : answer.path("items")) {
                    assertThat(item.path("stock").asInt()).as(item.toString()).isPositive();
                    assertThat(item.path("name").asString())
                        .isEqualTo(Shop.bySku(item.path("sku").asString()).name());
                  }
                }));
  }

  @Test
  @Order(7)
  void theCustomerIsInTheWinBackAudience() {
    step(
        () -> {
          Response created =
              activation.post(
                  "/v1/audiences",
                  Requests.winBackAudience("winback_" + run, ann.marker()),
                  marketer());
          assertThat(created.status()).as(created.body()).isEqualTo(201);
          audienceId = created.json().path("id").asString();
          await(STEP, () -> assertThat(audienceMembers()).containsExactly(profileId));
        });
  }

  @Test
  @Order(8)
  void theWinBackCampaignSendsRecommendedProductsOrHoldsTheCustomerOut() {
    step(
        () -> {
          String experimentKey = "e2e-" + run;
          Response created =
              activation.post(
                  "/v1/campaigns", Requests.winBackCampaign(audienceId, experimentKey), marketer());
          assertThat(created.status()).as(created.body()).isEqualTo(201);
          String campaignId = created.json().path("id").asString();
          Response launched =
              activation.post("/v1/campaigns/" + campaignId + "/launch", "{}", marketer());
          assertThat(launched.status()).as(launched.body()).isEqualTo(202);

          List<JsonNode> done = new ArrayList<>();
          await(
              STEP,
              () -> {
                Response campaign = activation.get("/v1/campaigns/" + campaignId, marketer());
                assertThat(campaign.json().path("status").asString())
                    .as(campaign.body())
                    .isEqualTo("completed");
                done.add(campaign.json().path("progress"));
              });
          JsonNode progress = done.getLast();
          assertThat(progress.path("assigned").asLong()).as(progress.toString()).isEqualTo(1);

          JsonNode outbox =
              activation
                  .get(
                      "/v1/outbox?campaignId=" + campaignId + "&profileId=" + profileId, marketer())
                  .json();
          boolean control = Holdout.isControl(experimentKey, profileId, Requests.HOLDOUT_PERCENT);
          System.out.println(
              "the stable hash put the customer in " + (control ? "control" : "treatment"));
          if (control) {
            assertThat(progress.path("control").asLong()).as(progress.toString()).isEqualTo(1);
            assertThat(progress.path("heldOut").asLong()).as(progress.toString()).isEqualTo(1);
            assertThat(progress.path("sent").asLong()).as(progress.toString()).isZero();
            assertThat(outbox.path("count").asInt()).as(outbox.toString()).isZero();
          } else {
            assertThat(progress.path("treatment").asLong()).as(progress.toString()).isEqualTo(1);
            assertThat(progress.path("sent").asLong()).as(progress.toString()).isEqualTo(1);
            assertThat(outbox.path("count").asInt()).as(outbox.toString()).isEqualTo(1);
            JsonNode message = outbox.path("messages").get(0);
            assertThat(message.path("channel").asString()).isEqualTo("email");
            assertThat(message.path("address").asString()).isEqualTo(ann.email());
            assertThat(message.path("subject").asString()).isEqualTo("We miss you, Ann");
            assertThat(message.path("items").size()).as(message.toString()).isPositive();
            for (JsonNode item : message.path("items")) {
              Product product = Shop.bySku(item.path("sku").asString());
              assertThat(product.inStock()).as(product.toString()).isTrue();
              assertThat(message.path("body").asString()).contains(product.name());
            }
          }
        });
  }

  @Test
  @Order(9)
  void erasureRemovesTheCustomerFromEveryService() {
    step(
        () -> {
          Response erased = identity.delete("/v1/profiles/" + profileId, credentials.adminToken());
          assertThat(erased.status()).as(erased.body()).isEqualTo(200);

          // identity: the profile is gone and no identifier finds her
          assertThat(identity.get("/v1/profiles/" + profileId, analyst()).status()).isEqualTo(410);
          assertThat(identity.get("/v1/profiles/" + visitorProfileId, analyst()).status())
              .isEqualTo(410);
          Map.of("email", ann.email(), "userId", ann.userId(), "anonymousId", ann.anonymousId())
              .forEach(
                  (type, value) ->
                      assertThat(identity.get(lookupPath(type, value), analyst()).status())
                          .as("lookup by " + type)
                          .isEqualTo(404));
          await(
              STEP,
              () -> {
                // scoring: no scores, and her row left the score file
                assertThat(scoring.get("/v1/scores/" + profileId, analyst()).status())
                    .isEqualTo(410);
                assertThat(scoreFile()).doesNotContain(profileId);
              });
          await(
              STEP,
              () -> {
                // recommendation: nothing personal left; she gets what an unknown visitor gets
                JsonNode forHer = recommendationsFor("userId", ann.userId());
                JsonNode recognisedAs = forHer.path("profileId");
                assertThat(recognisedAs.isMissingNode() || recognisedAs.isNull())
                    .as(forHer.toString())
                    .isTrue();
                JsonNode forStranger = recommendationsFor("anonymousId", "stranger-" + run);
                assertThat(skus(forHer)).isEqualTo(skus(forStranger));
              });
          await(
              STEP,
              () -> {
                // activation: out of the audience, no messages kept
                assertThat(audienceMembers()).doesNotContain(profileId);
                JsonNode audience =
                    activation.get("/v1/audiences/" + audienceId, marketer()).json();
                assertThat(audience.path("size").asLong()).as(audience.toString()).isZero();
                JsonNode outbox =
                    activation.get("/v1/outbox?profileId=" + profileId, marketer()).json();
                assertThat(outbox.path("count").asInt()).as(outbox.toString()).isZero();
              });
          await(
              STEP,
              () -> {
                // every store of every service, projections included: nothing of hers is left
                // but tombstones, the audit trail and campaign assignments, which keep her profile
                // ids only (so late events cannot bring her back, and reports stay whole)
                List<String> identifiers =
                    List.of(ann.email(), ann.userId(), ann.anonymousId(), ann.loyaltyId());
                List<StoreScan.Found> left =
                    StoreScan.itemsHolding(
                        DevStackExtension.stack(),
                        Stream.concat(identifiers.stream(), Stream.of(profileId, visitorProfileId))
                            .toList());
                assertThat(left)
                    .filteredOn(found -> identifiers.contains(found.value()))
                    .as("items still holding her identifiers")
                    .isEmpty();
                assertThat(left)
                    .allSatisfy(
                        found ->
                            assertThat(TOMBSTONE_ATTRIBUTES.getOrDefault(found.table(), Set.of()))
                                .as("what %s may keep after an erasure: %s", found.table(), found)
                                .containsAll(found.attributes()));
              });
        });
  }

  /**
   * What each store may keep of an erased customer: the attributes of its tombstones, audit entries
   * and campaign assignments (her group and, in the treatment group, the id of the message sent to
   * her). A store that keeps anything else (an event, a trait, a score) fails the erasure step.
   */
  private static final Map<String, Set<String>> TOMBSTONE_ATTRIBUTES =
      Map.of(
          "identity",
          Set.of("identifier", "profileId", "erased", "expiresAt"),
          "profiles",
          Set.of("profileId", "doc", "snapshot", "status", "updatedAt", "version"),
          "identity-audit",
          Set.of("profileId", "entryKey", "entry", "at"),
          "identity-scores",
          Set.of("profileId", "erased"),
          "scoring-scores",
          Set.of("profileId", "closed", "closedAt"),
          "scoring-history",
          Set.of("profileId", "entryKey", "status"),
          "recommendation-identity",
          Set.of("identifier", "erased", "merged", "survivor", "version"),
          "recommendation-interactions",
          Set.of("profileId", "interactionKey", "survivor"),
          "activation-profiles",
          Set.of("profileId", "erasedAt"),
          "activation-assignments",
          Set.of(
              "campaignId",
              "profileId",
              "group",
              "state",
              "assignedAt",
              "decidedAt",
              "reason",
              "destination",
              "messageId",
              "providerMessageId"));

  // --- helpers -----------------------------------------------------------------------------------

  /**
   * {@link Eventually#within} that also prints how long the wait took and the last failure before
   * it passed, to show where a slow run spends its time (printed only, never asserted).
   */
  private static void await(Duration timeout, Runnable assertion) {
    Instant start = Instant.now();
    List<String> lastFailure = new ArrayList<>(List.of("none"));
    Eventually.within(
        timeout,
        () -> {
          try {
            assertion.run();
          } catch (AssertionError | RuntimeException e) {
            lastFailure.set(0, String.valueOf(e.getMessage()).strip().replaceAll("\\s+", " "));
            throw e;
          }
        });
    StackWalker.StackFrame caller =
        StackWalker.getInstance().walk(frames -> frames.skip(1).findFirst().orElseThrow());
    System.out.printf(
        "waited %d ms at %s:%d; the last failure before it passed: %s%n",
        Duration.between(start, Instant.now()).toMillis(),
        caller.getMethodName(),
        caller.getLineNumber(),
        lastFailure.getFirst());
  }

  /** Runs one step of the journey unless an earlier one failed. */
  private void step(Runnable body) {
    assumeTrue(!failed, "an earlier step of the journey failed");
    try {
      body.run();
    } catch (RuntimeException | Error e) {
      failed = true;
      throw e;
    }
  }

  /**
   * The cohort's cancellers and stayers have the same history before every cutoff, so churn_90d has
   * nothing to learn that its recency baseline does not already know, and the promotion gate may
   * refuse the version. The journey is about serving, so an admin then promotes it with a reason,
   * as the gate allows; without one the promotion is refused.
   */
  private void servedAfterTheGate(JsonNode trained) {
    if (trained.path("promoted").asBoolean()) {
      return;
    }
    assertThat(trained.path("decision").asString()).startsWith("not promoted").contains("baseline");
    String path = "/v1/models/" + CHURN + "/promote";
    int version = trained.path("version").asInt();
    Response withoutReason =
        scoring.post(path, Requests.promotion(version, null), credentials.adminToken());
    assertThat(withoutReason.status()).as(withoutReason.body()).isEqualTo(400);
    Response promoted =
        scoring.post(
            path,
            Requests.promotion(version, "the journey test serves it to check delivery"),
            credentials.adminToken());
    assertThat(promoted.status()).as(promoted.body()).isEqualTo(200);
  }

  private String analyst() {
    return credentials.analystToken();
  }

  private String marketer() {
    return credentials.marketerToken();
  }

  private static void accepted(Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.json().path("accepted").asInt()).as(response.body()).isEqualTo(1);
  }

  /** Writes {@code content} to the blob store and imports it; answers the finished report. */
  private JsonNode importFile(String kind, String key, String content) {
    JsonNode done = platform.importFile(kind, key, content, STEP);
    assertThat(done.path("status").asString()).as(done.toString()).isEqualTo("COMPLETED");
    assertThat(done.path("rejected").asLong()).as(done.toString()).isZero();
    return done;
  }

  private static String lookupPath(String type, String value) {
    return "/v1/profiles?" + type + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** The profile holding that identifier; fails (so {@link Eventually} retries) until there is. */
  private JsonNode profileBy(String type, String value) {
    Response response = identity.get(lookupPath(type, value), analyst());
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static List<String> identifiers(JsonNode profile) {
    List<String> keys = new ArrayList<>();
    for (JsonNode linked : profile.path("identifiers")) {
      JsonNode identifier = linked.path("identifier");
      keys.add(identifier.path("type").asString() + "#" + identifier.path("value").asString());
    }
    return keys;
  }

  /** Waits until every cohort customer's last message is on their profile (see {@link Cohort}). */
  private void awaitCohortOnTimelines() {
    Set<Integer> loaded = new HashSet<>();
    await(
        STEP,
        () -> {
          for (int i = 0; i < Cohort.SIZE; i++) {
            if (loaded.contains(i)) {
              continue;
            }
            JsonNode profile = profileBy("userId", Cohort.userId(i));
            assertThat(profile.path("traits").path(Cohort.LOADED_TRAIT).path("value").asString())
                .as(Cohort.userId(i))
                .isEqualTo(Cohort.LOADED_VALUE);
            loaded.add(i);
          }
        });
  }

  /** Polls a training or scoring job until it succeeded or failed; answers its last state. */
  private JsonNode awaitJob(String path) {
    List<JsonNode> last = new ArrayList<>();
    await(
        STEP,
        () -> {
          Response job = scoring.get(path, analyst());
          assertThat(job.json().path("status").asString())
              .as(job.body())
              .isIn("succeeded", "failed");
          last.add(job.json());
        });
    return last.getLast();
  }

  private String scoreFile() {
    try {
      return Files.readString(platform.blobRoot().resolve(scoreFileKey));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonNode recommendationsFor(String idType, String id) {
    Response response =
        recommendation.get(
            "/v1/recommendations?context=home&numResults=5&"
                + idType
                + "="
                + URLEncoder.encode(id, StandardCharsets.UTF_8),
            credentials.appToken());
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static List<String> skus(JsonNode recommendations) {
    List<String> skus = new ArrayList<>();
    recommendations.path("items").forEach(item -> skus.add(item.path("sku").asString()));
    return skus;
  }

  private List<String> audienceMembers() {
    Response members =
        activation.get("/v1/audiences/" + audienceId + "/members?limit=1000", marketer());
    assertThat(members.status()).as(members.body()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    members.json().path("members").forEach(m -> ids.add(m.asString()));
    return ids;
  }
}
