package io.c360.activation.campaign;

import static io.c360.activation.support.ActivationClient.APP_TOKEN;
import static io.c360.activation.support.ActivationClient.MARKETER_TOKEN;
import static io.c360.activation.support.Customers.customer;
import static org.assertj.core.api.Assertions.assertThat;

import io.c360.activation.ActivationIntegrationTest;
import io.c360.activation.audience.Audience;
import io.c360.activation.audience.AudienceId;
import io.c360.activation.audience.AudienceRules;
import io.c360.activation.audience.AudienceService;
import io.c360.activation.audience.AudienceStore;
import io.c360.activation.profile.ProfileId;
import io.c360.activation.support.CrashingSenders;
import io.c360.activation.support.Customers;
import io.c360.activation.support.RecommendationServer;
import io.c360.common.json.EventJson;
import io.c360.devstack.test.ApiClient.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class CampaignIntegrationTest extends ActivationIntegrationTest {

  @Autowired private AudienceStore audienceStore;
  @Autowired private AudienceService audienceService;
  @Autowired private CampaignRunner campaignRunner;

  @Test
  void sendsTreatmentItsMessageWithRecommendationsHoldsOutControlAndNeverContactsTheIneligible() {
    List<String> eligible = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      eligible.add(
          customers.add(
              churner()
                  .email("winback" + i + "@example.com")
                  .userId("u-" + i + "-" + customers.cohort())
                  .firstName("Ann" + i)
                  .consent("email", true)));
    }
    String noConsent = customers.add(churner().email("no@example.com").consent("email", false));
    String noEmail = customers.add(churner().consent("email", true));
    String erasedLater = customers.add(churner().email("gone@example.com").consent("email", true));
    String audience = audience();
    awaitAudienceSize(audience, 33);
    customers.eraseQuietly(erasedLater);

    String campaign = campaign(audience, 20);
    Response launched = client.post("/v1/campaigns/" + campaign + "/launch", "", MARKETER_TOKEN);
    assertThat(launched.status()).isEqualTo(202);
    JsonNode done = awaitCompleted(campaign);

    Set<String> control = new HashSet<>();
    Set<String> treatment = new HashSet<>();
    for (String id : eligible) {
      (Holdout.assign(new ProfileId(id), campaign, 20) == Group.CONTROL ? control : treatment)
          .add(id);
    }
    assertThat(control).isNotEmpty();
    JsonNode progress = done.get("progress");
    assertThat(progress.get("assigned").asLong()).isEqualTo(33);
    assertThat(progress.get("heldOut").asLong()).isEqualTo(control.size());
    assertThat(progress.get("sent").asLong()).isEqualTo(treatment.size());
    assertThat(progress.get("suppressedConsent").asLong()).isEqualTo(1);
    assertThat(progress.get("suppressedNoAddress").asLong()).isEqualTo(1);
    assertThat(progress.get("suppressedErased").asLong()).isEqualTo(1);
    assertThat(progress.get("failed").asLong()).isZero();

    Map<String, JsonNode> outbox = outbox(campaign);
    assertThat(outbox.keySet()).containsExactlyInAnyOrderElementsOf(treatment);
    String someone = treatment.iterator().next();
    JsonNode message = outbox.get(someone);
    int n = eligible.indexOf(someone);
    assertThat(message.get("channel").asString()).isEqualTo("email");
    assertThat(message.get("address").asString()).isEqualTo("winback" + n + "@example.com");
    assertThat(message.get("subject").asString()).isEqualTo("We miss you, Ann" + n);
    String pick = "Pick for u-" + n + "-" + customers.cohort();
    assertThat(message.get("body").asString())
        .isEqualTo(
            "Hi Ann%d, these are for you:\n- %s 1 (10.90 USD)\n- %s 2 (20.90 USD)\nTop pick: %s 1"
                .formatted(n, pick, pick, pick));
    assertThat(message.get("items")).hasSize(2);
    assertThat(RecommendationServer.get().requests())
        .anyMatch(
            r ->
                r.contains("userId=u-" + n + "-" + customers.cohort())
                    && r.contains("context=email")
                    && r.contains("numResults=2"));
    assertThat(RecommendationServer.get().authorizations())
        .contains("Bearer test-recommendation-app-token");
  }

  @Test
  void aRelaunchKeepsEveryAssignmentAndSendsNobodyTwice() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      ids.add(customers.add(churner().email("again" + i + "@example.com").consent("email", true)));
    }
    String audience = audience();
    awaitAudienceSize(audience, 12);
    String campaign = campaign(audience, 50);
    client.post("/v1/campaigns/" + campaign + "/launch", "", MARKETER_TOKEN);
    JsonNode first = awaitCompleted(campaign).get("progress");
    Map<String, JsonNode> firstOutbox = outbox(campaign);

    String newcomer = customers.add(churner().email("newcomer@example.com").consent("email", true));
    awaitAudienceSize(audience, 13);
    assertThat(client.post("/v1/campaigns/" + campaign + "/launch", "", MARKETER_TOKEN).status())
        .isEqualTo(202);
    JsonNode second = awaitCompleted(campaign).get("progress");

    assertThat(second.get("assigned").asLong()).isEqualTo(13);
    assertThat(second.get("control").asLong() + second.get("treatment").asLong()).isEqualTo(13);
    Map<String, JsonNode> secondOutbox = outbox(campaign);
    for (String id : firstOutbox.keySet()) {
      assertThat(secondOutbox.get(id).get("recordedAt"))
          .isEqualTo(firstOutbox.get(id).get("recordedAt"));
    }
    boolean newcomerTreated =
        Holdout.assign(new ProfileId(newcomer), campaign, 50) == Group.TREATMENT;
    assertThat(secondOutbox).hasSize(firstOutbox.size() + (newcomerTreated ? 1 : 0));
    assertThat(second.get("sent").asLong()).isEqualTo(secondOutbox.size());
    assertThat(second.get("heldOut").asLong())
        .isEqualTo(first.get("heldOut").asLong() + (newcomerTreated ? 0 : 1));
  }

  @Test
  void aCrashAfterTheDestinationTookAMessageNeitherDuplicatesNorSkipsAnyone() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      ids.add(customers.add(churner().email("crash" + i + "@example.com").consent("email", true)));
    }
    String audience = audience();
    awaitAudienceSize(audience, 20);
    String campaign = campaign(audience, 0);

    int crashesBefore = CrashingSenders.crashes();
    CrashingSenders.crashAfter(7);
    client.post("/v1/campaigns/" + campaign + "/launch", "", MARKETER_TOKEN);
    JsonNode done = awaitCompleted(campaign).get("progress");

    assertThat(CrashingSenders.crashes()).isEqualTo(crashesBefore + 1);
    assertThat(done.get("sent").asLong()).isEqualTo(20);
    assertThat(done.get("failed").asLong()).isZero();
    Map<String, JsonNode> outbox = outbox(campaign);
    assertThat(outbox.keySet()).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(outboxCount(campaign)).isEqualTo(20);
  }

  @Test
  void theFrequencyCapSuppressesASecondMessageWithinItsWindowInBothGroups() {
    String customer = customers.add(churner().email("capped@example.com").consent("email", true));
    String audience = audience();
    awaitAudienceSize(audience, 1);
    String first = campaign(audience, 0);
    client.post("/v1/campaigns/" + first + "/launch", "", MARKETER_TOKEN);
    assertThat(awaitCompleted(first).get("progress").get("sent").asLong()).isEqualTo(1);

    String second = campaign(audience, 0);
    client.post("/v1/campaigns/" + second + "/launch", "", MARKETER_TOKEN);
    JsonNode progress = awaitCompleted(second).get("progress");

    assertThat(progress.get("suppressedCap").asLong()).isEqualTo(1);
    assertThat(progress.get("sent").asLong()).isZero();
    assertThat(outbox(second)).isEmpty();
    assertThat(outbox(first)).containsOnlyKeys(customer);
  }

  @Test
  void aScheduledCampaignWaitsForItsStartTime() {
    String customer = customers.add(churner().phone("+14155550199").consent("sms", true));
    String audience = audience();
    awaitAudienceSize(audience, 1);
    Instant startAt = Instant.now().plusSeconds(4);
    String campaign =
        client
            .post(
                "/v1/campaigns",
                """
                {"name":"Later","audienceId":"%s","channel":"sms","holdoutPercent":0,
                 "recommendations":0,"startAt":"%s","template":{"body":"See you"}}
                """
                    .formatted(audience, startAt),
                MARKETER_TOKEN)
            .json()
            .get("id")
            .asString();
    JsonNode launched =
        client.post("/v1/campaigns/" + campaign + "/launch", "", MARKETER_TOKEN).json();
    assertThat(launched.get("status").asString()).isEqualTo("scheduled");
    assertThat(outbox(campaign)).isEmpty();

    awaitCompleted(campaign);
    JsonNode message = outbox(campaign).get(customer);
    assertThat(message.get("address").asString()).isEqualTo("+14155550199");
    assertThat(Instant.parse(message.get("recordedAt").asString())).isAfterOrEqualTo(startAt);
  }

  @Test
  void aSlowRecommendationCallFallsBackToPopularItems() {
    String userId = "slow-" + customers.cohort();
    String slow =
        customers.add(
            churner()
                .email("slow@example.com")
                .userId(userId)
                .firstName("Sam")
                .consent("email", true));
    RecommendationServer.get().slowFor(userId);
    String audience = audience();
    awaitAudienceSize(audience, 1);
    String campaign = campaign(audience, 0);
    client.post("/v1/campaigns/" + campaign + "/launch", "", MARKETER_TOKEN);
    awaitCompleted(campaign);

    JsonNode message = outbox(campaign).get(slow);
    assertThat(message.get("items").get(0).get("name").asString()).isEqualTo("Bestseller 1");
    assertThat(message.get("body").asString()).contains("- Bestseller 1 (10.90 USD)");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"name\":\"x\",\"channel\":\"fax\",\"template\":{\"body\":\"hi\"}} | channel: unknown channel 'fax'",
        "{\"name\":\"x\",\"channel\":\"sms\",\"template\":{\"body\":\"hi ${nickname}\"}} | unknown placeholder ${nickname}",
        "{\"name\":\"x\",\"channel\":\"sms\",\"recommendations\":1,\"template\":{\"body\":\"${product2}\"}} | beyond the 1 recommendations",
        "{\"name\":\"x\",\"channel\":\"email\",\"template\":{\"body\":\"hi\"}} | an email needs a subject",
        "{\"name\":\"x\",\"channel\":\"sms\",\"holdoutPercent\":80,\"template\":{\"body\":\"hi\"}} | holdoutPercent: must be between 0 and 50",
        "{\"name\":\"x\",\"channel\":\"sms\",\"type\":\"upsell\",\"template\":{\"body\":\"hi\"}} | only 'win-back' campaigns",
        "{\"name\":\"x\",\"channel\":\"sms\",\"startAt\":\"yesterday\",\"template\":{\"body\":\"hi\"}} | not readable JSON",
      })
  void refusesBadCampaigns(String body, String expected) {
    String withAudience = body.replaceFirst("\\{", "{\"audienceId\":\"" + audience() + "\",");
    Response response = client.post("/v1/campaigns", withAudience, MARKETER_TOKEN);
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.json().get("detail").asString()).contains(expected.trim());
  }

  @Test
  void refusesAnUnknownAudienceAndASecondLaunchWhileRunning() {
    Response unknown =
        client.post(
            "/v1/campaigns",
            "{\"name\":\"x\",\"audienceId\":\"aud-none\",\"channel\":\"sms\",\"template\":{\"body\":\"hi\"}}",
            MARKETER_TOKEN);
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("detail").asString()).contains("no audience with id 'aud-none'");
    assertThat(client.get("/v1/campaigns/cmp-none", MARKETER_TOKEN).status()).isEqualTo(404);
    assertThat(client.post("/v1/campaigns/cmp-none/launch", "", MARKETER_TOKEN).status())
        .isEqualTo(404);

    String campaign =
        client
            .post(
                "/v1/campaigns",
                "{\"name\":\"later\",\"audienceId\":\"%s\",\"channel\":\"sms\",\"startAt\":\"2099-01-01T00:00:00Z\",\"template\":{\"body\":\"hi\"}}"
                    .formatted(audience()),
                MARKETER_TOKEN)
            .json()
            .get("id")
            .asString();
    JsonNode scheduled =
        client.post("/v1/campaigns/" + campaign + "/launch", "", MARKETER_TOKEN).json();
    assertThat(scheduled.get("status").asString()).isEqualTo("scheduled");
    Response again = client.post("/v1/campaigns/" + campaign + "/launch", "", MARKETER_TOKEN);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("detail").asString()).contains("is scheduled");
  }

  @Test
  void aCampaignLaunchedBeforeItsAudienceIsComputedWaitsForItThenSends() {
    String customer = customers.add(churner().phone("+14155550177").consent("sms", true));
    // an audience whose first computation has not run yet, as right after its creation
    Audience pending =
        new Audience(
            new AudienceId("aud-pending-" + System.nanoTime()),
            "pending_" + System.nanoTime() % 1_000_000,
            "Not computed yet",
            AudienceRules.parse(
                EventJson.mapper()
                    .readTree(
                        "{\"all\":[%s,{\"field\":\"scores.churn_90d\",\"op\":\"gte\",\"value\":0.7}]}"
                            .formatted(customers.cohortCondition()))),
            Instant.now(),
            0,
            null);
    assertThat(audienceStore.create(pending)).isTrue();
    String campaign =
        client
            .post(
                "/v1/campaigns",
                """
                {"name":"Early","audienceId":"%s","channel":"sms","holdoutPercent":0,
                 "recommendations":0,"template":{"body":"We miss you"}}
                """
                    .formatted(pending.id()),
                MARKETER_TOKEN)
            .json()
            .get("id")
            .asString();

    JsonNode launched =
        client.post("/v1/campaigns/" + campaign + "/launch", "", MARKETER_TOKEN).json();
    assertThat(launched.get("status").asString()).isEqualTo("running");
    assertThat(launched.get("waitingForAudience").asBoolean()).isTrue();
    // runs of the runner pass: nothing is sent and the campaign is not completed with 0
    campaignRunner.runDue();
    campaignRunner.runDue();
    JsonNode waiting = client.get("/v1/campaigns/" + campaign, MARKETER_TOKEN).json();
    assertThat(waiting.get("status").asString()).isEqualTo("running");
    assertThat(waiting.get("progress").get("sent").asLong()).isZero();
    assertThat(outbox(campaign)).isEmpty();

    audienceService.refresh(pending.id());

    JsonNode done = awaitCompleted(campaign);
    assertThat(done.get("waitingForAudience").asBoolean()).isFalse();
    assertThat(done.get("progress").get("sent").asLong()).isEqualTo(1);
    assertThat(outbox(campaign)).containsOnlyKeys(customer);
  }

  @Test
  void namesTheAudienceThatHoldsAKeyAlreadyTaken() {
    String first = audience();
    String key = client.get("/v1/audiences/" + first, MARKETER_TOKEN).json().get("key").asString();

    Response again =
        client.post(
            "/v1/audiences",
            "{\"key\":\"%s\",\"name\":\"Again\",\"rule\":%s}"
                .formatted(key, customers.cohortCondition()),
            MARKETER_TOKEN);

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("detail").asString()).contains(first).contains("Likely churners");
  }

  @ParameterizedTest
  @CsvSource({
    "GET, /v1/campaigns",
    "POST, /v1/campaigns",
    "GET, /v1/campaigns/cmp-x",
    "POST, /v1/campaigns/cmp-x/launch",
    "GET, /v1/campaigns/cmp-x/report"
  })
  void requiresTheMarketerRole(String method, String path) {
    Response anonymous =
        method.equals("GET") ? client.get(path, null) : client.post(path, "{}", null);
    Response app =
        method.equals("GET") ? client.get(path, APP_TOKEN) : client.post(path, "{}", APP_TOKEN);
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(app.status()).isEqualTo(403);
  }

  private Customers.Spec churner() {
    return customer().lastOrderDaysAgo(90).score("churn_90d", 0.9);
  }

  private String audience() {
    Response created =
        client.post(
            "/v1/audiences",
            """
            {"key":"a_%s_%d","name":"Likely churners","rule":{"all":[%s,
              {"field":"scores.churn_90d","op":"gte","value":0.7}]}}
            """
                .formatted(
                    customers.cohort().substring(7),
                    System.nanoTime() % 1_000_000,
                    customers.cohortCondition()),
            MARKETER_TOKEN);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asString();
  }

  private String campaign(String audience, int holdoutPercent) {
    Response created =
        client.post(
            "/v1/campaigns",
            """
            {"name":"Win back","audienceId":"%s","channel":"email","recommendations":2,
             "holdoutPercent":%d,"frequencyCap":{"maxMessages":1,"days":7},
             "template":{"subject":"We miss you, ${firstName:-friend}",
                         "body":"Hi ${firstName:-there}, these are for you:\\n${recommendations}\\nTop pick: ${product1}"}}
            """
                .formatted(audience, holdoutPercent),
            MARKETER_TOKEN);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().get("status").asString()).isEqualTo("draft");
    return created.json().get("id").asString();
  }

  /** The campaign's outbox messages by profileId. */
  private Map<String, JsonNode> outbox(String campaign) {
    Response response =
        client.get("/v1/outbox?campaignId=" + campaign + "&limit=1000", MARKETER_TOKEN);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    Map<String, JsonNode> byProfile = new HashMap<>();
    for (JsonNode message : response.json().get("messages")) {
      JsonNode previous = byProfile.put(message.get("profileId").asString(), message);
      assertThat(previous).as("a second message to " + message.get("profileId")).isNull();
    }
    return byProfile;
  }

  private long outboxCount(String campaign) {
    return client
        .get("/v1/outbox?campaignId=" + campaign + "&limit=1000", MARKETER_TOKEN)
        .json()
        .get("count")
        .asLong();
  }
}
