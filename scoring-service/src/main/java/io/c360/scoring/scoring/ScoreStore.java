package io.c360.scoring.scoring;

import io.c360.common.score.ProfileScore;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scoring's own store of the latest score of each model per profile ({@code scoring-scores}). A
 * profile that was merged into another or erased is closed: its scores are deleted and no score is
 * written for it any more (an unmerge reopens it).
 */
public interface ScoreStore {

  /**
   * Writes each profile's scores, replacing its earlier score of the same models; a closed profile
   * is skipped.
   *
   * @return the profiles written
   */
  Set<String> write(Map<String, List<ProfileScore>> scoresByProfile);

  /** Removes the models' scores from a profile; returns the models it had a score of. */
  Set<String> remove(String profileId, Collection<String> models);

  /**
   * Deletes every score of the profile and closes it ({@code why}: merged or erased); an erased
   * profile stays erased. Returns the models it had a score of.
   */
  Set<String> close(String profileId, Status why);

  /** Opens a profile closed as merged again (it was unmerged); an erased one stays closed. */
  void reopen(String profileId);

  /** The profile's scores and status, empty when scoring holds nothing about it. */
  Optional<ProfileScores> read(String profileId);

  /** Whether a profile may be scored ({@code ACTIVE}) or was closed. */
  enum Status {
    ACTIVE,
    MERGED,
    ERASED
  }

  /** A profile's scores by model, and whether it is active, merged or erased. */
  record ProfileScores(String profileId, Status status, Map<String, ProfileScore> scores) {}
}
