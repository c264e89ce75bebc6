package io.c360.scoring.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Isotonic calibration: a non-decreasing map from the model's raw probability to the observed rate,
 * fitted by the pool-adjacent-violators algorithm on held-out rows. Each pooled block becomes one
 * point (the block's mean raw probability, its positive rate); between points the map is linear,
 * below the first and above the last it is flat. Calibrated values stay inside [1/(n+1), n/(n+1)]
 * for n fitted rows, so a block without positives (or negatives) never predicts certainty.
 */
public final class IsotonicCalibrator implements Calibrator {

  private final double[] raw;
  private final double[] calibrated;

  private IsotonicCalibrator(double[] raw, double[] calibrated) {
    this.raw = raw;
    this.calibrated = calibrated;
  }

  /** Rebuilds a calibrator from its points (as stored in a report). */
  public static IsotonicCalibrator of(List<CalibrationPoint> points) {
    double[] x = new double[points.size()];
    double[] y = new double[points.size()];
    for (int i = 0; i < points.size(); i++) {
      x[i] = points.get(i).raw();
      y[i] = points.get(i).calibrated();
      if (i > 0 && (x[i] < x[i - 1] || y[i] < y[i - 1])) {
        throw new IllegalArgumentException("calibration points must be non-decreasing");
      }
    }
    return new IsotonicCalibrator(x, y);
  }

  /** Fits the map on raw probabilities and their 0/1 labels. */
  static IsotonicCalibrator fit(double[] predicted, float[] labels) {
    if (predicted.length != labels.length || predicted.length == 0) {
      throw new IllegalArgumentException("calibration needs as many labels as predictions (> 0)");
    }
    Integer[] order = new Integer[predicted.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> Double.compare(predicted[a], predicted[b]));
    // blocks of the pool-adjacent-violators stack: sum of raw, sum of labels, row count
    int blocks = 0;
    double[] sumRaw = new double[predicted.length];
    double[] sumLabel = new double[predicted.length];
    int[] count = new int[predicted.length];
    for (int i = 0; i < order.length; i++) {
      double p = predicted[order[i]];
      double label = labels[order[i]] > 0.5f ? 1 : 0;
      if (i > 0 && predicted[order[i - 1]] == p) {
        sumRaw[blocks - 1] += p; // equal raw values share a block (the previous one is on top)
        sumLabel[blocks - 1] += label;
        count[blocks - 1]++;
      } else {
        sumRaw[blocks] = p;
        sumLabel[blocks] = label;
        count[blocks] = 1;
        blocks++;
      }
      while (blocks > 1
          && sumLabel[blocks - 2] / count[blocks - 2] >= sumLabel[blocks - 1] / count[blocks - 1]) {
        sumRaw[blocks - 2] += sumRaw[blocks - 1];
        sumLabel[blocks - 2] += sumLabel[blocks - 1];
        count[blocks - 2] += count[blocks - 1];
        blocks--;
      }
    }
    double low = 1.0 / (predicted.length + 1);
    double high = 1 - low;
    double[] x = new double[blocks];
    double[] y = new double[blocks];
    for (int b = 0; b < blocks; b++) {
      x[b] = sumRaw[b] / count[b];
      y[b] = Math.min(high, Math.max(low, sumLabel[b] / count[b]));
    }
    return new IsotonicCalibrator(x, y);
  }

  @Override
  public double apply(double p) {
    int n = raw.length;
    if (n == 0 || Double.isNaN(p)) {
      return p;
    }
    if (p <= raw[0]) {
      return calibrated[0];
    }
    if (p >= raw[n - 1]) {
      return calibrated[n - 1];
    }
    int i = Arrays.binarySearch(raw, p);
    if (i >= 0) {
      return calibrated[i];
    }
    int upper = -i - 1;
    int lower = upper - 1;
    double t = (p - raw[lower]) / (raw[upper] - raw[lower]);
    return calibrated[lower] + t * (calibrated[upper] - calibrated[lower]);
  }

  /** The fitted points, raw ascending. */
  public List<CalibrationPoint> points() {
    var points = new ArrayList<CalibrationPoint>(raw.length);
    for (int i = 0; i < raw.length; i++) {
      points.add(new CalibrationPoint(raw[i], calibrated[i]));
    }
    return points;
  }
}
