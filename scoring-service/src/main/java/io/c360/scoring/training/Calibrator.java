package io.c360.scoring.training;

/** Maps a model's raw probability to the probability served. */
public interface Calibrator {

  /** The calibrated probability of a raw one. */
  double apply(double p);

  /** Calibrated probabilities of many raw ones. */
  default double[] apply(double[] probabilities) {
    double[] out = new double[probabilities.length];
    for (int i = 0; i < probabilities.length; i++) {
      out[i] = apply(probabilities[i]);
    }
    return out;
  }
}
