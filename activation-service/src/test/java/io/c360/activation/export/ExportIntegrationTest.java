package io.c360.activation.export;

import static io.c360.activation.support.ActivationClient.APP_TOKEN;
import static io.c360.activation.support.ActivationClient.MARKETER_TOKEN;
import static io.c360.activation.support.Customers.customer;
import static org.assertj.core.api.Assertions.assertThat;

import io.c360.activation.ActivationIntegrationTest;
import io.c360.common.identifier.Identifier;
import io.c360.common.identifier.IdentifierType;
import io.c360.common.identifier.PiiHash;
import io.c360.devstack.test.ApiClient.Response;
import io.c360.platform.blob.BlobStore;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Lookalike seed lists in the blob store and audience exports to Segment (here: the outbox). */
class ExportIntegrationTest extends ActivationIntegrationTest {

  @Autowired BlobStore blobs;

  private static String sha256(IdentifierType type, String normalized) {
    return PiiHash.sha256Hex(new Identifier(type, normalized));
  }

  private List<String> csv(String key) throws Exception {
    try (InputStream in = blobs.open(key)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  private JsonNode post(String path, String json, int status) {
    Response response = client.post(path, json, MARKETER_TOKEN);
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    return response.json();
  }

  @Test
  void theTopDecileOfAScoreBecomesHashesOfNormalizedEmailsAndPhones() throws Exception {
    // a model only this test's customers have, so other tests' profiles are not candidates
    String model = "lk_" + UUID.randomUUID().toString().substring(0, 8);
    String tag = customers.cohort().substring(7);
    customers.add(
        customer()
            .email("  Top.One+" + tag + "@Example.COM ")
            .phone("(415) 555-2671")
            .score(model, 0.99));
    customers.add(customer().email("second-" + tag + "@example.com").score(model, 0.95));
    List<String> others = new ArrayList<>();
    for (int i = 0; i < 18; i++) {
      String email = "other-" + i + "-" + tag + "@example.com";
      others.add(email);
      customers.add(customer().email(email).score(model, 0.10 + i * 0.01));
    }
    customers.add(customer().email("unscored-" + tag + "@example.com"));

    JsonNode report = post("/v1/exports/lookalike", "{\"scoreModel\":\"" + model + "\"}", 200);

    assertThat(report.get("destination").asString()).isEqualTo("lookalike");
    assertThat(report.get("topFraction").asDouble()).isEqualTo(0.1);
    assertThat(report.get("members").asLong()).isEqualTo(2);
    assertThat(report.get("sent").asLong()).isEqualTo(3);
    String key = report.get("blobKey").asString();
    assertThat(key).startsWith("exports/lookalike/").endsWith(".csv");
    assertThat(csv(key))
        .containsExactlyInAnyOrder(
            "type,sha256",
            "email," + sha256(IdentifierType.EMAIL, "top.one+" + tag + "@example.com"),
            "phone," + sha256(IdentifierType.PHONE, "+14155552671"),
            "email," + sha256(IdentifierType.EMAIL, "second-" + tag + "@example.com"));
    assertThat(String.join("\n", csv(key)))
        .doesNotContain("@")
        .doesNotContain(sha256(IdentifierType.EMAIL, others.getLast()));
  }

  @Test
  void anAudienceGoesToSegmentAsIdentifyTraitsOrToTheBlobStoreAsHashes() throws Exception {
    String key = "export_" + customers.cohort().substring(7);
    String ann =
        customers.add(customer().userId("user-ann-" + key).email("ann-" + key + "@example.com"));
    String bob = customers.add(customer().phone("+442071838750"));
    String audience =
        post(
                "/v1/audiences",
                """
                {"key":"%s","name":"Export test","rule":%s}
                """
                    .formatted(key, customers.cohortCondition()),
                201)
            .get("id")
            .asString();
    awaitAudienceSize(audience, 2);

    JsonNode segment =
        post("/v1/audiences/" + audience + "/exports", "{\"destination\":\"segment\"}", 200);

    assertThat(segment.get("sentTo").asString()).isEqualTo("outbox");
    assertThat(segment.get("members").asLong()).isEqualTo(2);
    assertThat(segment.get("sent").asLong()).isEqualTo(1);
    assertThat(segment.get("skipped").get("no-user-id").asLong()).isEqualTo(1);
    JsonNode identify =
        client
            .get("/v1/outbox?destination=segment&profileId=" + ann, MARKETER_TOKEN)
            .json()
            .get("messages")
            .get(0);
    assertThat(identify.get("userId").asString()).isEqualTo("user-ann-" + key);
    assertThat(identify.get("traits").get("audience_" + key).asBoolean()).isTrue();
    assertThat(
            client
                .get("/v1/outbox?destination=segment&profileId=" + bob, MARKETER_TOKEN)
                .json()
                .get("count")
                .asInt())
        .isZero();

    JsonNode lookalike =
        post("/v1/audiences/" + audience + "/exports", "{\"destination\":\"lookalike\"}", 200);

    assertThat(lookalike.get("members").asLong()).isEqualTo(2);
    assertThat(csv(lookalike.get("blobKey").asString()))
        .containsExactlyInAnyOrder(
            "type,sha256",
            "email," + sha256(IdentifierType.EMAIL, "ann-" + key + "@example.com"),
            "phone," + sha256(IdentifierType.PHONE, "+442071838750"));
  }

  @Test
  void aCampaignsSegmentExportHoldsOutTheSameControlGroupAsItsMessages() {
    String key = "exp_" + customers.cohort().substring(7);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      ids.add(
          customers.add(
              customer()
                  .userId("user-" + i + "-" + key)
                  .email("exp" + i + "-" + key + "@example.com")
                  .consent("email", true)));
    }
    String audience =
        post(
                "/v1/audiences",
                """
                {"key":"%s","name":"Experiment","rule":%s}
                """
                    .formatted(key, customers.cohortCondition()),
                201)
            .get("id")
            .asString();
    awaitAudienceSize(audience, 16);
    String campaign =
        post(
                "/v1/campaigns",
                """
                {"name":"Experiment","audienceId":"%s","channel":"email","holdoutPercent":50,
                 "recommendations":0,"experimentKey":"xmas-%s",
                 "template":{"subject":"Hi","body":"Come back"}}
                """
                    .formatted(audience, key),
                201)
            .get("id")
            .asString();

    post(
        "/v1/audiences/" + audience + "/exports",
        "{\"destination\":\"segment\",\"campaignId\":\"" + campaign + "\"}",
        200);
    client.post("/v1/campaigns/" + campaign + "/launch", "", MARKETER_TOKEN);
    awaitCompleted(campaign);

    int control = 0;
    for (String id : ids) {
      JsonNode traits =
          client
              .get("/v1/outbox?destination=segment&profileId=" + id, MARKETER_TOKEN)
              .json()
              .get("messages")
              .get(0)
              .get("traits");
      String group = traits.get("experiment_xmas_" + key).asString();
      boolean emailed =
          client
                  .get("/v1/outbox?destination=messaging&profileId=" + id, MARKETER_TOKEN)
                  .json()
                  .get("count")
                  .asInt()
              == 1;
      assertThat(group).isIn("treatment", "control");
      assertThat(traits.get("audience_" + key).asBoolean()).isEqualTo(group.equals("treatment"));
      assertThat(emailed).as(id + " in " + group).isEqualTo(group.equals("treatment"));
      control += group.equals("control") ? 1 : 0;
    }
    assertThat(control).isPositive().isLessThan(16);
    assertThat(
            client
                .get("/v1/campaigns/" + campaign, MARKETER_TOKEN)
                .json()
                .get("progress")
                .get("heldOut")
                .asInt())
        .isEqualTo(control);

    Response lookalike =
        client.post(
            "/v1/audiences/" + audience + "/exports",
            "{\"destination\":\"lookalike\",\"campaignId\":\"" + campaign + "\"}",
            MARKETER_TOKEN);
    assertThat(lookalike.status()).isEqualTo(400);
    assertThat(lookalike.json().get("detail").asString()).contains("segment destination only");
  }

  @Test
  void refusesUnknownAudiencesDestinationsAndBadFractions() {
    assertThat(
            client
                .post(
                    "/v1/audiences/aud-missing/exports",
                    "{\"destination\":\"segment\"}",
                    MARKETER_TOKEN)
                .status())
        .isEqualTo(404);
    Response unknown =
        client.post(
            "/v1/audiences/aud-missing/exports", "{\"destination\":\"fax\"}", MARKETER_TOKEN);
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.contentType()).startsWith("application/problem+json");
    assertThat(unknown.json().get("detail").asString()).contains("segment or lookalike");
    assertThat(
            client
                .post(
                    "/v1/exports/lookalike",
                    "{\"scoreModel\":\"churn_90d\",\"topFraction\":1.5}",
                    MARKETER_TOKEN)
                .status())
        .isEqualTo(400);
    assertThat(client.post("/v1/exports/lookalike", "{}", MARKETER_TOKEN).status()).isEqualTo(400);
  }

  @Test
  void exportsNeedAMarketerOrAdminToken() {
    String body = "{\"scoreModel\":\"churn_90d\"}";
    assertThat(client.post("/v1/exports/lookalike", body, null).status()).isEqualTo(401);
    assertThat(client.post("/v1/exports/lookalike", body, APP_TOKEN).status()).isEqualTo(403);
    String segment = "{\"destination\":\"segment\"}";
    assertThat(client.post("/v1/audiences/aud-x/exports", segment, null).status()).isEqualTo(401);
    assertThat(client.post("/v1/audiences/aud-x/exports", segment, APP_TOKEN).status())
        .isEqualTo(403);
  }
}
