package io.c360.scoring.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CalibrationTest {

  /** Raw scores twice as extreme in log-odds as the truth: p_true = sigmoid(logit(raw) / 2). */
  private record Sample(double[] raw, float[] labels) {
    static Sample tooExtreme(int rows, long seed) {
      var random = new Random(seed);
      double[] raw = new double[rows];
      float[] labels = new float[rows];
      for (int i = 0; i < rows; i++) {
        double z = random.nextGaussian() * 1.5;
        raw[i] = 1 / (1 + Math.exp(-2 * z));
        labels[i] = random.nextDouble() < 1 / (1 + Math.exp(-z)) ? 1f : 0f;
      }
      return new Sample(raw, labels);
    }
  }

  @Test
  void plattScalingRecoversTheSlopeAndImprovesLogLossOnHeldOutRows() {
    Sample fit = Sample.tooExtreme(4000, 1);
    Sample heldOut = Sample.tooExtreme(4000, 2);

    PlattCalibrator platt = PlattCalibrator.fit(fit.raw(), fit.labels());

    assertThat(platt.slope()).isCloseTo(0.5, within(0.08));
    assertThat(platt.intercept()).isCloseTo(0, within(0.1));
    assertThat(MetricsCalculator.logLoss(platt.apply(heldOut.raw()), heldOut.labels()))
        .isLessThan(MetricsCalculator.logLoss(heldOut.raw(), heldOut.labels()) - 0.02);
  }

  @Test
  void choosesTheMethodWithTheLowerCrossValidatedLogLossAndReportsTheTestRows() {
    Sample validation = Sample.tooExtreme(1500, 3);
    Sample test = Sample.tooExtreme(3000, 4);

    Calibration calibration =
        Calibration.fit(validation.raw(), validation.labels(), test.raw(), test.labels(), 42);

    double isotonic = calibration.crossValidatedLogLoss().get("isotonic");
    double platt = calibration.crossValidatedLogLoss().get("platt");
    assertThat(calibration.method()).isEqualTo(isotonic <= platt ? "isotonic" : "platt");
    assertThat(calibration.fittedRows()).isEqualTo(1500);
    assertThat(calibration.testLogLossBefore())
        .isEqualTo(MetricsCalculator.logLoss(test.raw(), test.labels()));
    assertThat(calibration.testLogLossAfter())
        .isEqualTo(
            MetricsCalculator.logLoss(calibration.calibrator().apply(test.raw()), test.labels()))
        .isLessThan(calibration.testLogLossBefore());
    assertThat(calibration.testBefore().stream().mapToInt(CalibrationRow::rows).sum())
        .isEqualTo(3000);
    assertThat(calibration.testAfter().stream().mapToInt(CalibrationRow::rows).sum())
        .isEqualTo(3000);
  }

  @Test
  void aCalibratedModelKeepsPlattNearTheIdentity() {
    var random = new Random(5);
    double[] raw = new double[3000];
    float[] labels = new float[3000];
    for (int i = 0; i < raw.length; i++) {
      raw[i] = random.nextDouble();
      labels[i] = random.nextDouble() < raw[i] ? 1f : 0f;
    }

    PlattCalibrator platt = PlattCalibrator.fit(raw, labels);

    for (double p : new double[] {0.1, 0.3, 0.5, 0.7, 0.9}) {
      assertThat(platt.apply(p)).isCloseTo(p, within(0.1));
    }
  }
}
