package io.c360.console.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.console.recommendations.EvaluationReport.ContextTable;
import io.c360.console.recommendations.EvaluationReport.PolicyRow;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An evaluation as recommendation-service's GET /v1/evaluations/{id} answers it, as the page shows
 * it.
 */
class EvaluationReportTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final String COMPLETED =
      """
      {"id":"ev-20261203T141500-1a2b3c4d","status":"COMPLETED",
       "request":{"testDays":7,"bootstrapSamples":1000},
       "requestedAt":"2026-12-03T14:15:00Z","finishedAt":"2026-12-03T14:15:09Z",
       "progress":1.0,"phase":"done",
       "report":{"dataEnd":"2026-12-03T14:00:00.001Z","split":"2026-11-26T14:00:00.001Z",
        "testEnd":"2026-12-03T14:00:00.001Z","validationStart":"2026-11-19T14:00:00.001Z",
        "testDays":7,"interactions":1234,"items":56,
        "contexts":[
         {"context":"cart","strategy":"complementary","rules":"cart items are anchors",
          "testCustomers":40,"fewOrderCustomers":12,"blendWeight":0.3,
          "policies":[
           {"policy":"popularity","hitRate":0.2,"hitRateLow":0.1,"hitRateHigh":0.3,"ndcg":0.1,
            "mrr":0.08,"coverage":0.05,"repeatShare":0.1,"customers":40}],
          "bestBaseline":"popularity",
          "auto":{"policy":"popularity","weight":0.0,"fewOrdersPolicy":"popularity",
                  "fewOrdersWeight":0.0,"reason":"popularity: the best simple baseline"}},
         {"context":"home","strategy":"personalized","rules":"none",
          "testCustomers":50,"fewOrderCustomers":20,"blendWeight":0.6,
          "policies":[
           {"policy":"blend","weight":0.6,"hitRate":0.61234,"hitRateLow":0.48,"hitRateHigh":0.74,
            "ndcg":0.41,"mrr":0.35,"coverage":0.2,"repeatShare":0.55,"customers":50,
            "hitRateFewOrders":0.3},
           {"policy":"top-frequency","hitRate":0.52,"hitRateLow":0.38,"hitRateHigh":0.66,
            "ndcg":0.37,"mrr":0.31,"coverage":0.1,"repeatShare":0.9,"customers":50},
           {"policy":"popularity","hitRate":0.1,"hitRateLow":0.02,"hitRateHigh":0.18,
            "ndcg":0.05,"mrr":0.04,"coverage":0.02,"repeatShare":0.0,"customers":50}],
          "bestBaseline":"top-frequency",
          "auto":{"policy":"blend","weight":0.6,"fewOrdersPolicy":"popularity",
                  "fewOrdersWeight":0.0,
                  "reason":"blend: HR@10 0.612 against the best simple baseline top-frequency at 0.520"}}]}}
      """;

  @Test
  void mapsEveryContextsPoliciesWithAutosChoiceAndTheBestBaselineMarked() {
    EvaluationReport report = EvaluationReport.of(JSON.readValue(COMPLETED, Map.class));

    assertThat(report).isNotNull();
    assertThat(report.id()).isEqualTo("ev-20261203T141500-1a2b3c4d");
    assertThat(report.testDays()).isEqualTo(7);
    assertThat(report.interactions()).isEqualTo(1234);
    assertThat(report.split()).isEqualTo("2026-11-26 14:00 UTC");
    assertThat(report.finishedAt()).isEqualTo("2026-12-03 14:15 UTC");
    assertThat(report.contexts()).extracting(ContextTable::context).containsExactly("cart", "home");

    ContextTable home = report.contexts().get(1);
    assertThat(home.testCustomers()).isEqualTo(50);
    assertThat(home.bestBaseline()).isEqualTo("top-frequency");
    assertThat(home.auto()).isEqualTo("blend");
    assertThat(home.fewOrdersPolicy()).isEqualTo("popularity");
    assertThat(home.autoReason()).contains("against the best simple baseline");
    assertThat(home.policies())
        .extracting(PolicyRow::policy)
        .containsExactly("blend", "top-frequency", "popularity");
    assertThat(home.policies().get(0))
        .isEqualTo(
            new PolicyRow("blend", 0.6123, 0.48, 0.74, 0.41, 0.35, 0.2, 0.55, 50, true, false));
    assertThat(home.policies().get(1).bestBaseline()).isTrue();
    assertThat(home.policies().get(1).auto()).isFalse();
    assertThat(home.policies().get(2).auto() || home.policies().get(2).bestBaseline()).isFalse();

    // the cart's baseline is also what auto serves: one row, both marks
    PolicyRow cart = report.contexts().get(0).policies().getFirst();
    assertThat(cart.auto()).isTrue();
    assertThat(cart.bestBaseline()).isTrue();
  }

  @Test
  void chartsHomesHitRatesWithTheirIntervals() {
    EvaluationReport report = EvaluationReport.of(JSON.readValue(COMPLETED, Map.class));

    assertThat(report.chartContext()).isEqualTo("home");
    JsonNode chart = JSON.readTree(report.chart());
    assertThat(chart.at("/xAxis/data").toString())
        .isEqualTo("[\"blend\",\"top-frequency\",\"popularity\"]");
    assertThat(chart.at("/series/0/type").asString()).isEqualTo("bar");
    assertThat(chart.at("/series/0/data").toString()).isEqualTo("[0.6123,0.52,0.1]");
    assertThat(chart.at("/series/1/type").asString()).isEqualTo("boxplot");
    assertThat(chart.at("/series/1/data/0").toString()).isEqualTo("[0.48,0.48,0.6123,0.74,0.74]");
  }

  @Test
  void hasNoReportWhileTheEvaluationRunsAndShowsItsProgress() {
    Map<?, ?> running =
        JSON.readValue(
            """
            {"id":"ev-2","status":"RUNNING","request":{"testDays":30,"bootstrapSamples":1000},
             "requestedAt":"2026-12-03T14:15:00Z","progress":0.354,"phase":"measuring home"}
            """,
            Map.class);

    assertThat(EvaluationReport.of(running)).isNull();
    assertThat(EvaluationPanel.running(running))
        .isEqualTo(new EvaluationPanel.Running("ev-2", 35, "measuring home"));
  }
}
