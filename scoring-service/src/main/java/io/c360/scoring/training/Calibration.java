package io.c360.scoring.training;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * How raw model probabilities are turned into served ones, and what that did on the test rows.
 *
 * <p>Both isotonic regression and Platt scaling are fitted on the validation rows; the one with the
 * lower log loss in a {@value #FOLDS}-fold cross-validation over those rows is chosen (isotonic on
 * a tie) and refitted on all of them. The test rows are used only to report the result.
 *
 * @param method {@code isotonic} or {@code platt}
 * @param fittedRows the validation rows the map was fitted on
 * @param crossValidatedLogLoss each method's log loss in the cross-validation on validation rows
 * @param points the isotonic map, raw ascending (linear between points, flat outside); empty for
 *     Platt
 * @param slope Platt's slope on the raw log-odds (null for isotonic)
 * @param intercept Platt's intercept (null for isotonic)
 * @param testLogLossBefore the raw model's test log loss
 * @param testLogLossAfter the calibrated model's test log loss
 * @param testRocAucAfter the calibrated model's test ROC AUC (both maps are monotone, so it only
 *     differs from the raw one where isotonic pools scores into ties)
 * @param testBefore the calibration table of the raw probabilities on the test rows
 * @param testAfter the calibration table of the calibrated probabilities on the test rows
 */
public record Calibration(
    String method,
    int fittedRows,
    Map<String, Double> crossValidatedLogLoss,
    List<CalibrationPoint> points,
    @Nullable Double slope,
    @Nullable Double intercept,
    double testLogLossBefore,
    double testLogLossAfter,
    double testRocAucAfter,
    List<CalibrationRow> testBefore,
    List<CalibrationRow> testAfter) {

  static final String ISOTONIC = "isotonic";
  static final String PLATT = "platt";
  static final int FOLDS = 5;

  public Calibration {
    crossValidatedLogLoss =
        crossValidatedLogLoss == null ? Map.of() : Map.copyOf(crossValidatedLogLoss);
    points = points == null ? List.of() : List.copyOf(points);
    testBefore = List.copyOf(testBefore);
    testAfter = List.copyOf(testAfter);
  }

  /**
   * Chooses and fits the calibration on the validation rows' raw probabilities, and measures it on
   * the test rows.
   */
  static Calibration fit(
      double[] validationRaw,
      float[] validationLabels,
      double[] testRaw,
      float[] testLabels,
      long seed) {
    double isotonicLoss =
        crossValidated(validationRaw, validationLabels, seed, IsotonicCalibrator::fit);
    double plattLoss = crossValidated(validationRaw, validationLabels, seed, PlattCalibrator::fit);
    boolean isotonic = isotonicLoss <= plattLoss;
    Calibrator calibrator =
        isotonic
            ? IsotonicCalibrator.fit(validationRaw, validationLabels)
            : PlattCalibrator.fit(validationRaw, validationLabels);
    double[] testCalibrated = calibrator.apply(testRaw);
    PlattCalibrator platt = calibrator instanceof PlattCalibrator p ? p : null;
    return new Calibration(
        isotonic ? ISOTONIC : PLATT,
        validationRaw.length,
        Map.of(ISOTONIC, isotonicLoss, PLATT, plattLoss),
        calibrator instanceof IsotonicCalibrator i ? i.points() : List.of(),
        platt == null ? null : platt.slope(),
        platt == null ? null : platt.intercept(),
        MetricsCalculator.logLoss(testRaw, testLabels),
        MetricsCalculator.logLoss(testCalibrated, testLabels),
        MetricsCalculator.rocAuc(testCalibrated, testLabels),
        MetricsCalculator.calibration(testRaw, testLabels),
        MetricsCalculator.calibration(testCalibrated, testLabels));
  }

  /** Log loss over all rows, each predicted by a map fitted on the other folds. */
  static double crossValidated(
      double[] raw,
      float[] labels,
      long seed,
      BiFunction<double[], float[], ? extends Calibrator> fitter) {
    int[] fold = new int[raw.length];
    var random = new Random(seed);
    for (int i = 0; i < raw.length; i++) {
      fold[i] = random.nextInt(FOLDS);
    }
    double[] predicted = new double[raw.length];
    for (int f = 0; f < FOLDS; f++) {
      int inFold = 0;
      for (int k : fold) {
        inFold += k == f ? 1 : 0;
      }
      if (inFold == 0 || inFold == raw.length) {
        continue;
      }
      double[] fitRaw = new double[raw.length - inFold];
      float[] fitLabels = new float[raw.length - inFold];
      for (int i = 0, j = 0; i < raw.length; i++) {
        if (fold[i] != f) {
          fitRaw[j] = raw[i];
          fitLabels[j++] = labels[i];
        }
      }
      Calibrator calibrator = fitter.apply(fitRaw, fitLabels);
      for (int i = 0; i < raw.length; i++) {
        if (fold[i] == f) {
          predicted[i] = calibrator.apply(raw[i]);
        }
      }
    }
    return MetricsCalculator.logLoss(predicted, labels);
  }

  /** The fitted map. */
  public Calibrator calibrator() {
    if (PLATT.equals(method) && slope != null && intercept != null) {
      return new PlattCalibrator(slope, intercept);
    }
    return IsotonicCalibrator.of(points);
  }
}
