package io.c360.activation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.c360.activation.report.Uplift.Arm;
import org.junit.jupiter.api.Test;

class UpliftTest {

  @Test
  void computesTheDifferenceRatioAndRevenueWithTheirIntervals() {
    // treatment: 900 members, 90 converted with 50.00 each; control: 100 members, 5 converted
    Arm treatment = new Arm(900, 90, 90 * 50.0, 90 * 2500.0);
    Arm control = new Arm(100, 5, 5 * 50.0, 5 * 2500.0);
    Uplift uplift = Uplift.of(treatment, control);

    // 0.10 - 0.05; se = sqrt(0.1*0.9/900 + 0.05*0.95/100) = sqrt(0.0001 + 0.000475) = 0.023979
    assertThat(uplift.absolute()).isCloseTo(0.05, within(1e-12));
    assertThat(uplift.absoluteCi95().low()).isCloseTo(0.05 - 1.959964 * 0.0239792, within(1e-6));
    assertThat(uplift.absoluteCi95().high()).isCloseTo(0.05 + 1.959964 * 0.0239792, within(1e-6));
    // ratio 2; se(log) = sqrt(1/90 - 1/900 + 1/5 - 1/100) = sqrt(0.2) = 0.447214
    assertThat(uplift.relative()).isCloseTo(1.0, within(1e-12));
    assertThat(uplift.relativeCi95().low())
        .isCloseTo(2 * Math.exp(-1.959964 * 0.4472136) - 1, within(1e-6));
    assertThat(uplift.relativeCi95().high())
        .isCloseTo(2 * Math.exp(1.959964 * 0.4472136) - 1, within(1e-6));
    // revenue per member 5.00 vs 2.50; sample variances 225.25 (treatment) and 119.95 (control)
    assertThat(uplift.revenuePerMemberDifference()).isCloseTo(2.5, within(1e-12));
    double se =
        Math.sqrt((90 * 2500.0 - 900 * 25.0) / 899 / 900 + (5 * 2500.0 - 100 * 6.25) / 99 / 100);
    assertThat(uplift.revenuePerMemberDifferenceCi95().high())
        .isCloseTo(2.5 + 1.959964 * se, within(1e-5));
  }

  @Test
  void leavesTheRatioOutWithoutConversionsAndTheWholeUpliftWithoutAGroup() {
    Uplift noControlConversions = Uplift.of(new Arm(10, 2, 0, 0), new Arm(10, 0, 0, 0));
    assertThat(noControlConversions.absolute()).isCloseTo(0.2, within(1e-12));
    assertThat(noControlConversions.relative()).isNull();
    assertThat(noControlConversions.relativeCi95()).isNull();
    assertThat(Uplift.of(new Arm(10, 2, 0, 0), new Arm(0, 0, 0, 0))).isNull();
  }
}
