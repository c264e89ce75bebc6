package io.c360.identity.score;

import io.c360.common.score.ProfileScore;
import io.c360.identity.resolution.ProfileId;
import java.util.Map;

/**
 * The projected scores, per profile and model. Writes are idempotent and ordered: a score older
 * than the one stored for the same profile and model is ignored, and nothing is stored for an
 * erased profile.
 */
public interface ScoreStore {

  /** The profile's scores by model name, empty when it has none. */
  Map<String, ProfileScore> scores(ProfileId profileId);

  /**
   * Stores the profile's score of {@code model} unless the one stored was scored later, or the
   * profile was erased; true when it was stored.
   */
  boolean put(ProfileId profileId, String model, ProfileScore score);

  /** Removes the profile's score of {@code model}, if any. */
  void remove(ProfileId profileId, String model);

  /** Deletes every score of the profile and keeps later records from storing new ones. */
  void erase(ProfileId profileId);
}
