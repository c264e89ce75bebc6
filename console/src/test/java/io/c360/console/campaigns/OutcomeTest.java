package io.c360.console.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OutcomeTest {

  @Test
  void givesEachArmItsRateAndRevenueWithA95PercentInterval() {
    // 100 members, 20 converted, each spending 50: revenue 1000, squares 20 * 50^2
    Outcome.Arm arm =
        Outcome.arm(
            Map.of(
                "members", 100, "conversions", 20, "revenue", 1000.0, "revenueSquares", 50000.0));
    assertThat(arm.rate()).isEqualTo(0.2);
    // Wald: 0.2 +- 1.96 * sqrt(0.2 * 0.8 / 100) = 0.2 +- 0.0784
    assertThat(arm.rateLow()).isCloseTo(0.1216, within(1e-4));
    assertThat(arm.rateHigh()).isCloseTo(0.2784, within(1e-4));
    assertThat(arm.revenuePerMember()).isEqualTo(10.0);
    // sample variance (50000 - 100 * 10^2) / 99 = 404.04; half width 1.96 * sqrt(4.0404) = 3.94
    assertThat(arm.revenueHigh() - arm.revenuePerMember()).isCloseTo(3.9397, within(1e-3));
  }

  @Test
  void anEmptyArmHasNoInterval() {
    Outcome.Arm empty = Outcome.arm(Map.of("members", 0));
    assertThat(empty.rate()).isZero();
    assertThat(empty.rateHigh()).isZero();
  }

  @Test
  void rendersATemplatePreviewWithDefaults() {
    assertThat(
            Preview.render(
                "Hi ${firstName:-friend} ${lastName}! ${recommendations}",
                Map.of("recommendations", "- Tea")))
        .isEqualTo("Hi friend ! - Tea");
  }
}
