package io.c360.activation.report;

import static io.c360.activation.support.ActivationClient.MARKETER_TOKEN;
import static io.c360.activation.support.Customers.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.c360.activation.ActivationIntegrationTest;
import io.c360.activation.campaign.Group;
import io.c360.activation.campaign.Holdout;
import io.c360.activation.profile.ProfileId;
import io.c360.devstack.test.ApiClient.Response;
import io.c360.devstack.test.Eventually;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CampaignReportIntegrationTest extends ActivationIntegrationTest {

  @Test
  void measuresAPlantedEffectFromOrdersWithinTheWindow() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      ids.add(
          customers.add(
              customer()
                  .email("report" + i + "@example.com")
                  .consent("email", true)
                  .lastOrderDaysAgo(100)
                  .score("churn_90d", 0.8)));
    }
    String audience =
        create(
            "/v1/audiences",
            """
        {"key":"r_%s","name":"Report","rule":{"all":[%s]}}
        """
                .formatted(customers.cohort().substring(7), customers.cohortCondition()));
    awaitAudienceSize(audience, 80);
    String campaign =
        create(
            "/v1/campaigns",
            """
        {"name":"Report","audienceId":"%s","channel":"email","recommendations":0,"holdoutPercent":50,
         "conversionWindowDays":7,"template":{"subject":"Hi","body":"Come back"}}
        """
                .formatted(audience));
    client.post("/v1/campaigns/" + campaign + "/launch", "", MARKETER_TOKEN);
    awaitCompleted(campaign);

    List<String> treatment = new ArrayList<>();
    List<String> control = new ArrayList<>();
    for (String id : ids) {
      (Holdout.assign(new ProfileId(id), campaign, 50) == Group.CONTROL ? control : treatment)
          .add(id);
    }
    // planted: 60 % of treatment and 20 % of control order once, for 40.00, after the send
    int treatmentBuyers = (int) Math.round(treatment.size() * 0.6);
    int controlBuyers = (int) Math.round(control.size() * 0.2);
    Instant now = Instant.now();
    BigDecimal amount = new BigDecimal("40.00");
    for (int i = 0; i < treatmentBuyers; i++) {
      customers.ordered(treatment.get(i), "t-" + campaign + "-" + i, amount, now);
    }
    for (int i = 0; i < controlBuyers; i++) {
      customers.ordered(control.get(i), "c-" + campaign + "-" + i, amount, now);
    }
    // not counted: an order before the send, one after the window, and a redelivered record
    customers.ordered(
        control.get(controlBuyers), "early-" + campaign, amount, now.minus(Duration.ofDays(2)));
    customers.ordered(
        control.get(controlBuyers), "late-" + campaign, amount, now.plus(Duration.ofDays(8)));
    customers.ordered(treatment.get(0), "t-" + campaign + "-0", amount, now);

    double pt = (double) treatmentBuyers / treatment.size();
    double pc = (double) controlBuyers / control.size();
    Eventually.assertThat(
        () -> {
          JsonNode report = report(campaign);
          assertThat(report.get("treatment").get("members").asLong()).isEqualTo(treatment.size());
          assertThat(report.get("control").get("members").asLong()).isEqualTo(control.size());
          assertThat(report.get("treatment").get("conversions").asLong())
              .isEqualTo(treatmentBuyers);
          assertThat(report.get("control").get("conversions").asLong()).isEqualTo(controlBuyers);
        });
    JsonNode report = report(campaign);
    assertThat(report.get("complete").asBoolean()).isFalse();
    assertThat(report.get("conversionWindowDays").asInt()).isEqualTo(7);
    assertThat(report.get("treatmentConversionRate").asDouble()).isCloseTo(pt, within(1e-9));
    assertThat(report.get("treatmentRevenuePerMember").asDouble())
        .isCloseTo(40.0 * pt, within(1e-9));
    JsonNode uplift = report.get("uplift");
    assertThat(uplift.get("absolute").asDouble()).isCloseTo(pt - pc, within(1e-9));
    double se = Math.sqrt(pt * (1 - pt) / treatment.size() + pc * (1 - pc) / control.size());
    assertThat(uplift.get("absoluteCi95").get("low").asDouble())
        .isCloseTo(pt - pc - 1.96 * se, within(1e-3));
    assertThat(uplift.get("absoluteCi95").get("high").asDouble())
        .isCloseTo(pt - pc + 1.96 * se, within(1e-3));
    assertThat(uplift.get("relative").asDouble()).isCloseTo(pt / pc - 1, within(1e-9));
    // the planted 40-point effect is found: the interval excludes zero
    assertThat(uplift.get("absoluteCi95").get("low").asDouble()).isPositive();
  }

  @Test
  void anOrderThatCarriesOnlyProductsConvertsForThePriceTimesQuantityOfItsLines() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ids.add(customers.add(customer().email("lines" + i + "@example.com").consent("email", true)));
    }
    String audience =
        create(
            "/v1/audiences",
            """
        {"key":"l_%s","name":"Lines","rule":{"all":[%s]}}
        """
                .formatted(customers.cohort().substring(7), customers.cohortCondition()));
    awaitAudienceSize(audience, 3);
    String campaign =
        create(
            "/v1/campaigns",
            """
        {"name":"Lines","audienceId":"%s","channel":"email","recommendations":0,"holdoutPercent":0,
         "template":{"subject":"Hi","body":"Come back"}}
        """
                .formatted(audience));
    client.post("/v1/campaigns/" + campaign + "/launch", "", MARKETER_TOKEN);
    awaitCompleted(campaign);

    // a POS sale as a shop sends it: no revenue, no total, only its lines
    customers.ordered(
        ids.get(0),
        "lines-" + campaign,
        Map.of(
            "orderId",
            "o-lines-" + campaign,
            "products",
            List.of(
                Map.of("sku", "SKU-1", "price", 12.5, "quantity", 2),
                Map.of("sku", "SKU-2", "price", "9.99"))),
        Instant.now());

    Eventually.assertThat(
        () -> assertThat(report(campaign).get("treatment").get("conversions").asLong()).isOne());
    JsonNode treatment = report(campaign).get("treatment");
    assertThat(treatment.get("members").asLong()).isEqualTo(3);
    assertThat(treatment.get("revenue").asDouble()).isCloseTo(34.99, within(1e-9));
  }

  @Test
  void answers404ForAnUnknownCampaign() {
    Response response = client.get("/v1/campaigns/cmp-missing/report", MARKETER_TOKEN);
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.contentType()).startsWith("application/problem+json");
  }

  private JsonNode report(String campaign) {
    Response response = client.get("/v1/campaigns/" + campaign + "/report", MARKETER_TOKEN);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private String create(String path, String body) {
    Response created = client.post(path, body, MARKETER_TOKEN);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asString();
  }
}
