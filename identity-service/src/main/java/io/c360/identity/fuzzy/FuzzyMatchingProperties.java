package io.c360.identity.fuzzy;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Fuzzy matching of offline records, {@code c360.identity.fuzzy.*}. The default thresholds come
 * from the measurements in {@code docs/identity-matching.md}.
 *
 * @param enabled whether offline records without a strong identifier are matched at all
 * @param matchThreshold score from which the best candidate is linked (if clearly ahead)
 * @param suggestThreshold score from which candidates are kept as suggested links; below {@code
 *     matchThreshold}
 * @param maxCandidates at most this many candidate profiles are compared per record
 */
@ConfigurationProperties("c360.identity.fuzzy")
@Validated
public record FuzzyMatchingProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("" + DEFAULT_MATCH) @DecimalMin("0.5") @DecimalMax("1.0") double matchThreshold,
    @DefaultValue("" + DEFAULT_SUGGEST) @DecimalMin("0.3") @DecimalMax("1.0")
        double suggestThreshold,
    @DefaultValue("" + DEFAULT_MAX_CANDIDATES) @Min(1) @Max(1000) int maxCandidates) {

  static final double DEFAULT_MATCH = 0.86;
  static final double DEFAULT_SUGGEST = 0.70;
  static final int DEFAULT_MAX_CANDIDATES = 50;

  /** The defaults, as when nothing is configured. */
  public static FuzzyMatchingProperties defaults() {
    return new FuzzyMatchingProperties(
        true, DEFAULT_MATCH, DEFAULT_SUGGEST, DEFAULT_MAX_CANDIDATES);
  }

  /** A suggestion must be weaker evidence than a link, or the grey zone would be empty. */
  @AssertTrue(message = "suggestThreshold must be below matchThreshold")
  public boolean isSuggestBelowMatch() {
    return suggestThreshold < matchThreshold;
  }
}
