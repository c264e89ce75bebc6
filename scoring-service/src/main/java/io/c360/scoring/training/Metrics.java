package io.c360.scoring.training;

import java.util.List;

/** How well probabilities rank and fit the realised labels of a set of rows. */
public record Metrics(
    double rocAuc,
    double prAuc,
    double logLoss,
    int rows,
    int positives,
    List<DecileRow> deciles,
    List<CalibrationRow> calibration) {

  public Metrics {
    deciles = List.copyOf(deciles);
    calibration = List.copyOf(calibration);
  }
}
