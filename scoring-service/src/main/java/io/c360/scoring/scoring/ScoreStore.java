package io.c360.scoring.scoring;

import io.c360.common.score.ProfileScore;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Scores on the unified profile (the profile store contract: the {@code scores} map). */
public interface ScoreStore {

  /**
   * Writes each score onto its profile, only while the profile is active.
   *
   * @return the profiles written (an erased or merged profile is skipped)
   */
  Set<String> write(Map<String, List<ProfileScore>> scoresByProfile);

  /** Removes the models' scores from a profile; returns the models it had a score of. */
  Set<String> remove(String profileId, Collection<String> models);

  /** The profile's status and scores, empty when there is no such profile. */
  Optional<ProfileScores> read(String profileId);

  /** A profile's scores by model, and whether it is active, merged or erased. */
  record ProfileScores(String profileId, String status, Map<String, ProfileScore> scores) {}
}
