package io.c360.identity.resolution;

import io.c360.common.identifier.IdentifierType;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The identity rules, from {@code c360.identity.resolution.*}.
 *
 * @param priority identifier types from strongest to weakest; when a link must be refused the
 *     weakest identifier of the event is dropped first (default userId, customerId, email, phone,
 *     loyaltyId, deviceId, anonymousId)
 * @param limits how many identifiers of a type one profile may hold (default userId 1, customerId
 *     50, others 5)
 * @param blockedValues identifier values never used for matching (on top of the placeholders ingest
 *     already drops), compared case-insensitively, e.g. a store's shared loyalty card
 * @param tombstoneTtl how long an erased profile's identifiers are refused, so events still in
 *     flight cannot rebuild it (default 7 days, the retention of {@code c360.events.v1})
 * @param maxAttempts how often one event is retried after a concurrent change before the batch
 *     fails and is redelivered
 * @param cacheSize identity links kept in memory (0 disables the cache)
 */
@Validated
@ConfigurationProperties("c360.identity.resolution")
public record ResolutionProperties(
    @NotNull List<IdentifierType> priority,
    @NotNull Map<IdentifierType, Integer> limits,
    @NotNull Set<String> blockedValues,
    @DefaultValue("7d") Duration tombstoneTtl,
    @DefaultValue("20") @Min(1) int maxAttempts,
    @DefaultValue("100000") @Min(0) int cacheSize) {

  public ResolutionProperties {
    priority = priority == null || priority.isEmpty() ? DEFAULT_PRIORITY : List.copyOf(priority);
    limits = withDefaults(limits);
    blockedValues =
        blockedValues == null
            ? Set.of()
            : blockedValues.stream()
                .map(v -> v.trim().toLowerCase(java.util.Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    tombstoneTtl = tombstoneTtl == null ? Duration.ofDays(7) : tombstoneTtl;
  }

  @AssertTrue(message = "priority must name every identifier type exactly once")
  boolean isPriorityComplete() {
    return priority.size() == IdentifierType.values().length
        && Set.copyOf(priority).size() == IdentifierType.values().length;
  }

  @AssertTrue(message = "every identifier limit must be at least 1")
  boolean isLimitsPositive() {
    return limits.values().stream().allMatch(v -> v != null && v >= 1);
  }

  /** The rank of a type: 0 is the strongest. */
  public int rank(IdentifierType type) {
    return priority.indexOf(type);
  }

  public int limit(IdentifierType type) {
    return limits.getOrDefault(type, 5);
  }

  public boolean isBlocked(String value) {
    return blockedValues.contains(value.trim().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * userId, customerId (a master system's own key), email, phone, loyaltyId, deviceId, anonymousId.
   */
  static final List<IdentifierType> DEFAULT_PRIORITY =
      List.of(
          IdentifierType.USER_ID,
          IdentifierType.CUSTOMER_ID,
          IdentifierType.EMAIL,
          IdentifierType.PHONE,
          IdentifierType.LOYALTY_ID,
          IdentifierType.DEVICE_ID,
          IdentifierType.ANONYMOUS_ID);

  private static Map<IdentifierType, Integer> withDefaults(
      @Nullable Map<IdentifierType, Integer> limits) {
    Map<IdentifierType, Integer> all = new EnumMap<>(IdentifierType.class);
    for (IdentifierType type : IdentifierType.values()) {
      all.put(
          type,
          switch (type) {
            case USER_ID -> 1;
            case CUSTOMER_ID -> 50;
            default -> 5;
          });
    }
    if (limits != null) {
      all.putAll(limits);
    }
    return Map.copyOf(all);
  }
}
