package io.c360.scoring.training;

/** One point of an isotonic calibration map: a raw probability and the probability served. */
public record CalibrationPoint(double raw, double calibrated) {}
