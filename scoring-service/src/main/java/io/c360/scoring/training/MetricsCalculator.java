package io.c360.scoring.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Computes {@link Metrics} from predicted probabilities and 0/1 labels. */
final class MetricsCalculator {

  private static final double EPSILON = 1e-15;
  private static final int DECILES = 10;
  private static final int CALIBRATION_BINS = 10;

  private MetricsCalculator() {}

  static Metrics metrics(double[] predicted, float[] labels) {
    if (predicted.length != labels.length) {
      throw new IllegalArgumentException("predictions and labels differ in length");
    }
    Integer[] descending = descending(predicted);
    return new Metrics(
        rocAuc(predicted, labels),
        averagePrecision(predicted, labels, descending),
        logLoss(predicted, labels),
        labels.length,
        positives(labels),
        deciles(labels, descending),
        calibration(predicted, labels));
  }

  /**
   * The probability that a random positive is ranked above a random negative (ties count half): the
   * Mann-Whitney U statistic over positives x negatives. NaN without both classes.
   */
  static double rocAuc(double[] predicted, float[] labels) {
    Integer[] order = descending(predicted);
    long positives = positives(labels);
    long negatives = labels.length - positives;
    if (positives == 0 || negatives == 0) {
      return Double.NaN;
    }
    // walk from the highest score down; for each tie group, every negative in it is beaten by the
    // positives seen before the group and ties with half of the positives in the group
    double pairs = 0;
    long positivesAbove = 0;
    int i = 0;
    while (i < order.length) {
      int j = i;
      long groupPositives = 0;
      long groupNegatives = 0;
      while (j < order.length && predicted[order[j]] == predicted[order[i]]) {
        if (labels[order[j]] > 0.5f) {
          groupPositives++;
        } else {
          groupNegatives++;
        }
        j++;
      }
      pairs += groupNegatives * (positivesAbove + groupPositives / 2.0);
      positivesAbove += groupPositives;
      i = j;
    }
    return pairs / ((double) positives * negatives);
  }

  /**
   * PR AUC as average precision: the mean over positives of the precision at their rank, tie groups
   * taken together. NaN without positives.
   */
  static double averagePrecision(double[] predicted, float[] labels, Integer[] descending) {
    long positives = positives(labels);
    if (positives == 0) {
      return Double.NaN;
    }
    double sum = 0;
    long truePositives = 0;
    int seen = 0;
    int i = 0;
    while (i < descending.length) {
      int j = i;
      long groupPositives = 0;
      while (j < descending.length && predicted[descending[j]] == predicted[descending[i]]) {
        if (labels[descending[j]] > 0.5f) {
          groupPositives++;
        }
        j++;
      }
      truePositives += groupPositives;
      seen = j;
      sum += groupPositives * ((double) truePositives / seen);
      i = j;
    }
    return sum / positives;
  }

  /** Mean negative log-likelihood, probabilities clipped to [1e-15, 1 - 1e-15]. */
  static double logLoss(double[] predicted, float[] labels) {
    double sum = 0;
    for (int i = 0; i < predicted.length; i++) {
      double p = Math.min(1 - EPSILON, Math.max(EPSILON, predicted[i]));
      sum -= labels[i] > 0.5f ? Math.log(p) : Math.log(1 - p);
    }
    return predicted.length == 0 ? Double.NaN : sum / predicted.length;
  }

  /** Ten groups of (almost) equal size by descending probability; decile 1 is the highest. */
  static List<DecileRow> deciles(float[] labels, Integer[] descending) {
    int n = descending.length;
    long totalPositives = positives(labels);
    double overallRate = n == 0 ? 0 : (double) totalPositives / n;
    var rows = new ArrayList<DecileRow>();
    long cumulative = 0;
    for (int d = 0; d < DECILES; d++) {
      int from = (int) ((long) d * n / DECILES);
      int to = (int) ((long) (d + 1) * n / DECILES);
      int positives = 0;
      for (int i = from; i < to; i++) {
        if (labels[descending[i]] > 0.5f) {
          positives++;
        }
      }
      cumulative += positives;
      int size = to - from;
      double rate = size == 0 ? 0 : (double) positives / size;
      rows.add(
          new DecileRow(
              d + 1,
              size,
              positives,
              rate,
              overallRate == 0 ? 0 : rate / overallRate,
              totalPositives == 0 ? 0 : (double) cumulative / totalPositives));
    }
    return rows;
  }

  /** Ten equal-width probability bins; empty bins are left out. */
  static List<CalibrationRow> calibration(double[] predicted, float[] labels) {
    int[] count = new int[CALIBRATION_BINS];
    double[] sumPredicted = new double[CALIBRATION_BINS];
    int[] positives = new int[CALIBRATION_BINS];
    for (int i = 0; i < predicted.length; i++) {
      int bin =
          Math.min(CALIBRATION_BINS - 1, Math.max(0, (int) (predicted[i] * CALIBRATION_BINS)));
      count[bin]++;
      sumPredicted[bin] += predicted[i];
      if (labels[i] > 0.5f) {
        positives[bin]++;
      }
    }
    var rows = new ArrayList<CalibrationRow>();
    for (int b = 0; b < CALIBRATION_BINS; b++) {
      if (count[b] > 0) {
        rows.add(
            new CalibrationRow(
                (double) b / CALIBRATION_BINS,
                (double) (b + 1) / CALIBRATION_BINS,
                count[b],
                sumPredicted[b] / count[b],
                (double) positives[b] / count[b]));
      }
    }
    return rows;
  }

  static int positives(float[] labels) {
    int positives = 0;
    for (float label : labels) {
      if (label > 0.5f) {
        positives++;
      }
    }
    return positives;
  }

  /** Row indexes by descending prediction; ties keep row order. */
  static Integer[] descending(double[] predicted) {
    Integer[] order = new Integer[predicted.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> predicted[i]).reversed());
    return order;
  }
}
