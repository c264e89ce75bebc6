package io.c360.scoring.training;

/**
 * One tenth of the rows ranked by predicted probability (decile 1 = highest): its positive rate,
 * lift over the overall rate, and the share of all positives captured by deciles 1..this one.
 */
public record DecileRow(
    int decile, int rows, int positives, double rate, double lift, double cumulativeCapture) {}
