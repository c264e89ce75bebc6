package io.c360.recommendation.identity;

import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How callers' identifiers are resolved through the service's identity projection ({@code
 * c360.recommendation.identity.*}).
 *
 * @param cacheTtl how long an instance keeps an identifier's answer (known or not) before reading
 *     the projection again (default 2 s): the delay after which a merge made on another instance
 *     shows; the instance that applies a change forgets the identifiers it touched at once
 * @param cacheSize identifiers kept at most (default 500,000)
 */
@Validated
@ConfigurationProperties("c360.recommendation.identity")
public record IdentityProperties(@Nullable Duration cacheTtl, @Nullable @Positive Long cacheSize) {

  public IdentityProperties {
    cacheTtl = cacheTtl == null ? Duration.ofSeconds(2) : cacheTtl;
    cacheSize = cacheSize == null ? 500_000L : cacheSize;
    if (cacheTtl.isNegative()) {
      throw new IllegalArgumentException(
          "c360.recommendation.identity.cache-ttl must not be negative, not " + cacheTtl);
    }
  }
}
