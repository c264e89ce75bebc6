package io.c360.scoring.training;

/** A feature's importance: XGBoost's average gain of the splits on it (0 when never used). */
public record FeatureImportance(String feature, double gain) {}
