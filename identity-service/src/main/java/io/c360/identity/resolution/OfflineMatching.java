package io.c360.identity.resolution;

import io.c360.common.event.CustomerEvent;
import java.util.List;

/**
 * Fuzzy matching of offline records (a store sale or support ticket with a name, address, postcode
 * or birth date but no identifier) to existing profiles.
 */
public interface OfflineMatching {

  /** What the matcher makes of an event that carries no identifier. */
  sealed interface Match {}

  /** A match above the threshold: the event belongs to {@code profileId}. */
  record Linked(ProfileId profileId, double score) implements Match {}

  /** Matches in the grey zone: kept as suggestions, never merged. */
  record Suggested(List<ProfileId> profileIds, List<Double> scores) implements Match {}

  /** Nobody close: the record starts a profile of its own. */
  record NoMatch() implements Match {}

  /** Not enough personal details to match on: the record is dropped. */
  record NotMatchable() implements Match {}

  Match match(CustomerEvent event);

  /** Makes the profile findable by the personal details on the event, if it has any. */
  void remember(ProfileId profileId, CustomerEvent event);

  /**
   * Forgets everything indexed for the profile, whichever record it came from (erasure, unmerge);
   * {@code traits} are the profile's current ones.
   */
  void forget(ProfileId profileId, java.util.Map<String, Object> traits);

  /** Makes the profile findable by the person in its traits (after an unmerge recomputed them). */
  default void rememberTraits(ProfileId profileId, java.util.Map<String, Object> traits) {}

  /** No fuzzy matching: offline records without an identifier are dropped. */
  OfflineMatching NONE =
      new OfflineMatching() {
        @Override
        public Match match(CustomerEvent event) {
          return new NotMatchable();
        }

        @Override
        public void remember(ProfileId profileId, CustomerEvent event) {}

        @Override
        public void forget(ProfileId profileId, java.util.Map<String, Object> traits) {}
      };
}
