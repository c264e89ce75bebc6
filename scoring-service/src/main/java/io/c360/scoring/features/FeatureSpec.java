package io.c360.scoring.features;

/** One documented feature: its column name, what it measures, and the time window it looks at. */
public record FeatureSpec(String name, String meaning, String window) {}
