package io.c360.scoring.training;

import java.util.List;

/**
 * How raw model probabilities are turned into served ones, and what that did on the test rows.
 *
 * @param method {@code isotonic}
 * @param fittedRows the validation rows the map was fitted on
 * @param points the map, raw ascending (linear between points, flat outside)
 * @param testLogLossBefore the raw model's test log loss
 * @param testLogLossAfter the calibrated model's test log loss
 * @param testRocAucAfter the calibrated model's test ROC AUC (the map is monotone, so it only
 *     differs from the raw one where it pools scores into ties)
 * @param testBefore the calibration table of the raw probabilities on the test rows
 * @param testAfter the calibration table of the calibrated probabilities on the test rows
 */
public record Calibration(
    String method,
    int fittedRows,
    List<CalibrationPoint> points,
    double testLogLossBefore,
    double testLogLossAfter,
    double testRocAucAfter,
    List<CalibrationRow> testBefore,
    List<CalibrationRow> testAfter) {

  public Calibration {
    points = List.copyOf(points);
    testBefore = List.copyOf(testBefore);
    testAfter = List.copyOf(testAfter);
  }

  /**
   * Fits isotonic calibration on the validation rows' raw probabilities and measures it on the test
   * rows.
   */
  static Calibration isotonic(
      double[] validationRaw, float[] validationLabels, double[] testRaw, float[] testLabels) {
    IsotonicCalibrator calibrator = IsotonicCalibrator.fit(validationRaw, validationLabels);
    double[] testCalibrated = calibrator.apply(testRaw);
    return new Calibration(
        "isotonic",
        validationRaw.length,
        calibrator.points(),
        MetricsCalculator.logLoss(testRaw, testLabels),
        MetricsCalculator.logLoss(testCalibrated, testLabels),
        MetricsCalculator.rocAuc(testCalibrated, testLabels),
        MetricsCalculator.calibration(testRaw, testLabels),
        MetricsCalculator.calibration(testCalibrated, testLabels));
  }

  /** The map as a calibrator. */
  public IsotonicCalibrator calibrator() {
    return IsotonicCalibrator.of(points);
  }
}
