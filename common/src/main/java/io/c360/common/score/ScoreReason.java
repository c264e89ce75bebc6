package io.c360.common.score;

/**
 * One reason behind a score: a feature, its value for the customer (NaN serialised as null when the
 * feature was undefined) and its SHAP contribution in log-odds (positive raises the score).
 */
public record ScoreReason(String feature, Double value, double contribution) {}
