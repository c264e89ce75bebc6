package io.c360.scoring.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IsotonicCalibratorTest {

  /** Raw scores of an over-confident model: the true probability is the raw score cubed. */
  private record Sample(double[] raw, float[] labels) {
    static Sample overconfident(int rows, long seed) {
      var random = new Random(seed);
      double[] raw = new double[rows];
      float[] labels = new float[rows];
      for (int i = 0; i < rows; i++) {
        raw[i] = random.nextDouble();
        labels[i] = random.nextDouble() < Math.pow(raw[i], 3) ? 1f : 0f;
      }
      return new Sample(raw, labels);
    }
  }

  @Test
  void improvesLogLossAndCalibrationOnHeldOutRows() {
    Sample fit = Sample.overconfident(3000, 1);
    Sample heldOut = Sample.overconfident(3000, 2);

    IsotonicCalibrator calibrator = IsotonicCalibrator.fit(fit.raw(), fit.labels());
    double[] calibrated = calibrator.apply(heldOut.raw());

    double before = MetricsCalculator.logLoss(heldOut.raw(), heldOut.labels());
    double after = MetricsCalculator.logLoss(calibrated, heldOut.labels());
    assertThat(after).isLessThan(before - 0.05);
    for (CalibrationRow row : MetricsCalculator.calibration(calibrated, heldOut.labels())) {
      if (row.rows() >= 200) {
        assertThat(row.meanPredicted())
            .as(row.toString())
            .isCloseTo(row.observedRate(), within(0.1));
      }
    }
    assertThat(MetricsCalculator.calibration(heldOut.raw(), heldOut.labels()))
        .anySatisfy(
            row ->
                assertThat(Math.abs(row.meanPredicted() - row.observedRate())).isGreaterThan(0.2));
  }

  @Test
  void poolsAdjacentViolatorsAndInterpolatesBetweenBlocks() {
    IsotonicCalibrator calibrator =
        IsotonicCalibrator.fit(new double[] {0.1, 0.2, 0.3, 0.4}, new float[] {1, 0, 0, 1});

    // (0.1,1) (0.2,0) (0.3,0) pool into one block at raw 0.2 with rate 1/3; (0.4,1) stays, capped
    // at n/(n+1) = 0.8
    assertThat(calibrator.points())
        .hasSize(2)
        .satisfies(
            p -> {
              assertThat(p.get(0).raw()).isCloseTo(0.2, within(1e-12));
              assertThat(p.get(0).calibrated()).isCloseTo(1.0 / 3, within(1e-12));
              assertThat(p.get(1).raw()).isCloseTo(0.4, within(1e-12));
              assertThat(p.get(1).calibrated()).isCloseTo(0.8, within(1e-12));
            });
    assertThat(calibrator.apply(0.0)).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(calibrator.apply(0.3)).isCloseTo((1.0 / 3 + 0.8) / 2, within(1e-12));
    assertThat(calibrator.apply(0.9)).isCloseTo(0.8, within(1e-12));
  }

  @Test
  void isMonotoneNeverCertainAndRebuildsFromItsPoints() {
    Sample fit = Sample.overconfident(500, 3);
    IsotonicCalibrator calibrator = IsotonicCalibrator.fit(fit.raw(), fit.labels());
    IsotonicCalibrator rebuilt = IsotonicCalibrator.of(calibrator.points());

    double previous = 0;
    for (int i = 0; i <= 1000; i++) {
      double p = i / 1000.0;
      double c = calibrator.apply(p);
      assertThat(c).isGreaterThanOrEqualTo(previous).isGreaterThan(0).isLessThan(1);
      assertThat(rebuilt.apply(p)).isEqualTo(c);
      previous = c;
    }
  }

  @Test
  void refusesPointsThatAreNotMonotone() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                IsotonicCalibrator.of(
                    List.of(new CalibrationPoint(0.1, 0.5), new CalibrationPoint(0.2, 0.4))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
