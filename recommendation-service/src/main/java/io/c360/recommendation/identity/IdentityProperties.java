package io.c360.recommendation.identity;

import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How callers' identifiers are resolved through the service's identity projection ({@code
 * c360.recommendation.identity.*}): each instance caches the answers.
 *
 * @param refresh after this (default 5 s) a cached answer, known or unknown, is re-read in the
 *     background on its next use while the request gets the cached one: how long a new visitor's
 *     first link, or a change this instance did not see on the merge and erasure topics, may take
 *     to show
 * @param expiry an answer unused for this long (default 10 minutes) is dropped
 * @param cacheSize identifiers cached at most (default 500,000)
 */
@Validated
@ConfigurationProperties("c360.recommendation.identity")
public record IdentityProperties(
    @Nullable Duration refresh, @Nullable Duration expiry, @Nullable @Positive Long cacheSize) {

  public IdentityProperties {
    refresh = refresh == null ? Duration.ofSeconds(5) : refresh;
    expiry = expiry == null ? Duration.ofMinutes(10) : expiry;
    cacheSize = cacheSize == null ? 500_000L : cacheSize;
    if (refresh.isNegative() || refresh.isZero() || expiry.compareTo(refresh) <= 0) {
      throw new IllegalArgumentException(
          "c360.recommendation.identity: refresh must be positive and expiry longer than refresh,"
              + " not refresh="
              + refresh
              + ", expiry="
              + expiry);
    }
  }
}
