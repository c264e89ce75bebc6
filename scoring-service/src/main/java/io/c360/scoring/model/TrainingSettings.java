package io.c360.scoring.model;

/**
 * How to train: {@code cutoffs} point-in-time snapshots {@code cutoffSpacingDays} apart ending one
 * label window before the data end; customer fractions held out for validation and test; boosting
 * rounds and early stopping; hyperparameter candidates tried; random seed; CPU threads.
 */
public record TrainingSettings(
    int cutoffs,
    int cutoffSpacingDays,
    double validationFraction,
    double testFraction,
    int maxRounds,
    int earlyStoppingRounds,
    int searchCandidates,
    long seed,
    int threads) {}
