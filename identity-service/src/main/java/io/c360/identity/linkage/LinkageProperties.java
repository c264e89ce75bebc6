package io.c360.identity.linkage;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Batch linkage of imported customer records ({@code c360.identity.linkage}).
 *
 * @param enabled {@code false} resolves imported records one by one like streaming ones
 * @param targetPrecision the share of links expected to be right, which sets the link threshold
 * @param suggestPosterior the match probability from which a pair is suggested for review
 * @param minPairs fewer compared pairs than this: too little to estimate from, today's scorer
 *     decides instead
 * @param maxBlockSize blocks of more records than this within one batch are not compared pairwise
 * @param maxClusterSize at most this many records of one batch are linked into one person
 * @param maxCandidates existing profiles compared per record
 * @param emIterations at most this many EM iterations
 * @param stableChange once the model of a batch differs from the previous batch's by no more than
 *     this (the largest change of a class share or a level probability), the model is stable and is
 *     re-estimated only every {@code reestimateEvery} batches of the import
 * @param reestimateEvery how often (in batches) a stable model is re-estimated; 1 re-estimates
 *     every batch
 */
@Validated
@ConfigurationProperties("c360.identity.linkage")
public record LinkageProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("0.995") @DecimalMin("0.5") @DecimalMax("0.9999") double targetPrecision,
    @DefaultValue("0.2") @DecimalMin("0.01") @DecimalMax("0.99") double suggestPosterior,
    @DefaultValue("500") @Min(10) int minPairs,
    @DefaultValue("100") @Min(2) @Max(10_000) int maxBlockSize,
    @DefaultValue("10") @Min(2) @Max(1_000) int maxClusterSize,
    @DefaultValue("50") @Min(1) @Max(1_000) int maxCandidates,
    @DefaultValue("100") @Min(1) @Max(1_000) int emIterations,
    @DefaultValue("0.005") @DecimalMin("0.0") @DecimalMax("0.1") double stableChange,
    @DefaultValue("5") @Min(1) @Max(100) int reestimateEvery) {

  public static LinkageProperties defaults() {
    return new LinkageProperties(true, 0.995, 0.2, 500, 100, 10, 50, 100, 0.005, 5);
  }
}
