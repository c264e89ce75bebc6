package io.c360.console.audiences;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

class RuleFormTest {

  @Test
  void turnsTheRowsIntoActivationsRuleSkippingEmptyOnesAndReadingValuesAsTyped() {
    var form = new LinkedMultiValueMap<String, String>();
    form.put("combinator", List.of("any"));
    form.put("field", List.of("scores.churn_90d", "", "consent.email", "preferredCategory"));
    form.put("op", List.of("gte", "eq", "eq", "in"));
    form.put("value", List.of("0.7", "", "true", "Coffee, Tea"));

    Map<String, Object> rule = RuleForm.from(form).toRule();

    assertThat(rule)
        .isEqualTo(
            Map.of(
                "any",
                List.of(
                    Map.of(
                        "field", "scores.churn_90d", "op", "gte", "value", new BigDecimal("0.7")),
                    Map.of("field", "consent.email", "op", "eq", "value", true),
                    Map.of(
                        "field",
                        "preferredCategory",
                        "op",
                        "in",
                        "value",
                        List.of("Coffee", "Tea")))));
  }

  @Test
  void isEmptyWhenNoRowNamesAField() {
    assertThat(RuleForm.empty(3).isEmpty()).isTrue();
  }
}
