package io.c360.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.json.EventJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyEvaluationTest {

  static final String EVALUATION =
      """
      {"id": "ev-1", "status": "COMPLETED", "report": {"split": "2025-12-01T00:00:00Z",
       "contexts": [
        {"context": "cart", "testCustomers": 3, "policies": [], "auto": {"policy": "buy-again"}},
        {"context": "email", "testCustomers": 120,
         "policies": [
          {"policy": "blend", "weight": 0.8, "hitRate": 0.61, "hitRateLow": 0.52,
           "hitRateHigh": 0.70, "ndcg": 0.3, "repeatShare": 0.7},
          {"policy": "popularity", "hitRate": 0.2, "hitRateLow": 0.1, "hitRateHigh": 0.3,
           "ndcg": 0.05, "repeatShare": 0.1}],
         "auto": {"policy": "blend", "reason": "blend: HR@10 0.610"}},
        {"context": "home", "testCustomers": 120, "policies": [],
         "auto": {"policy": "top-frequency", "reason": "baseline"}}]}}
      """;

  @Test
  void keepsHomeAndEmailWithEveryPolicyAndAutosChoice() {
    List<PolicyEvaluation.Table> tables =
        PolicyEvaluation.tables(EventJson.mapper().readTree(EVALUATION));

    assertThat(tables).extracting(PolicyEvaluation.Table::context).containsExactly("email", "home");
    PolicyEvaluation.Table email = tables.getFirst();
    assertThat(email.customers()).isEqualTo(120);
    assertThat(email.auto()).isEqualTo("blend");
    assertThat(email.rows())
        .containsExactly(
            new PolicyEvaluation.Row("blend(0.8)", 0.61, 0.52, 0.70, 0.3, 0.7),
            new PolicyEvaluation.Row("popularity", 0.2, 0.1, 0.3, 0.05, 0.1));
  }
}
