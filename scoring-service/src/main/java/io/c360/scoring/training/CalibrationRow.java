package io.c360.scoring.training;

/** Rows whose predicted probability is in [from, to): mean prediction vs observed positive rate. */
public record CalibrationRow(
    double from, double to, int rows, double meanPredicted, double observedRate) {}
