package io.c360.recommendation.identity;

import java.util.Collection;

/**
 * recommendation-service's own projection of identity-service's identity graph, kept from its
 * topics: which profile holds each identifier the API resolves ({@link ResolvableIdentifiers}).
 * Every change is idempotent and order-safe: a profile's snapshot applies only if it is newer than
 * the one applied before, a merged or erased profile's stale snapshot changes nothing, and an
 * erased profile is never linked again.
 */
public interface IdentityGraph {

  /**
   * A profile's snapshot at {@code version}: it holds exactly these identifier keys ({@code
   * type#value}) now, and these profiles were merged into it.
   */
  void profileChanged(
      String profileId,
      long version,
      Collection<String> identifierKeys,
      Collection<String> mergedProfileIds);

  /** The profile was deleted (a tombstone on the profiles topic): its identifiers go with it. */
  void profileDeleted(String profileId);

  /** {@code merged} now lives on as {@code survivor}, which took these identifiers. */
  void merged(String survivor, String merged, Collection<String> identifierKeys);

  /** {@code splitOff} was split back out of {@code profileId} with these identifiers. */
  void unmerged(String profileId, String splitOff, Collection<String> identifierKeys);

  /**
   * Right to erasure: the profile (and the profiles merged into it) lose their identifiers and are
   * never linked again.
   */
  void erased(String profileId);
}
