package io.c360.scoring.training;

/**
 * A feature's SHAP contribution to one prediction, in log-odds: positive raises the probability.
 */
public record Reason(String feature, float value, double contribution) {}
