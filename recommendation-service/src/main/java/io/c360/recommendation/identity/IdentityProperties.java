package io.c360.recommendation.identity;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where callers' identifiers are resolved to profiles ({@code c360.recommendation.identity.*}).
 *
 * @param source {@code topics} (default): an in-memory {@link IdentityGraph} kept from
 *     identity-service's profile, merge and erasure topics, no remote call per request; {@code
 *     dynamodb}: identity-service's identity table through a cache (a miss is a GetItem on the
 *     request path)
 */
@Validated
@ConfigurationProperties("c360.recommendation.identity")
public record IdentityProperties(@Nullable Source source) {

  /** The identity sources. */
  public enum Source {
    TOPICS,
    DYNAMODB
  }

  public IdentityProperties {
    source = source == null ? Source.TOPICS : source;
  }
}
