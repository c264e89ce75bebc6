package io.c360.identity.resolution;

import java.util.Collection;
import java.util.List;

/** The review queue: links resolution found plausible but not certain, for a steward to decide. */
public interface LinkSuggestions {

  /**
   * Suggests linking {@code profileId} with each of {@code candidates} (scores in the same order);
   * a pair a steward rejected before is never suggested again.
   */
  void suggest(
      ProfileId profileId, List<ProfileId> candidates, List<Double> scores, String sourceId);

  /** Deletes every suggestion and rejection naming one of the profiles (erasure). */
  void forgetProfiles(Collection<ProfileId> profileIds);

  /** No review queue: suggestions stay in the audit trail only. */
  LinkSuggestions NONE =
      new LinkSuggestions() {
        @Override
        public void suggest(
            ProfileId profileId,
            List<ProfileId> candidates,
            List<Double> scores,
            String sourceId) {}

        @Override
        public void forgetProfiles(Collection<ProfileId> profileIds) {}
      };
}
