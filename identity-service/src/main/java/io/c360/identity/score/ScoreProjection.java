package io.c360.identity.score;

import io.c360.common.score.ProfileScore;
import io.c360.common.score.ScoresUpdated;
import io.c360.identity.resolution.ProfileId;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Keeps the scores scoring-service publishes on {@code c360.scores.v1}, in the order of the topic
 * (one partition per profile). A record with a score replaces an older score of its model; one
 * without removes it. A redelivered record changes nothing; a profile that was merged keeps its own
 * scores, which are never shown on the survivor (scoring re-scores the survivor).
 */
@Component
public final class ScoreProjection {

  private final ScoreStore store;

  ScoreProjection(ScoreStore store) {
    this.store = store;
  }

  /** Applies the records in order; returns how many changed a stored score. */
  public int apply(List<ScoresUpdated> records) {
    int stored = 0;
    for (ScoresUpdated record : records) {
      ProfileId profileId = ProfileId.of(record.profileId());
      ProfileScore score = record.score();
      if (score == null) {
        store.remove(profileId, record.model());
        stored++;
      } else if (store.put(profileId, record.model(), score)) {
        stored++;
      }
    }
    return stored;
  }

  /** The scores the profile API shows for a (live) profile, by model name. */
  public Map<String, ProfileScore> scoresOf(ProfileId profileId) {
    return store.scores(profileId);
  }

  /** Deletes the profile's scores (right to erasure); later records for it are not stored. */
  public void erase(ProfileId profileId) {
    store.erase(profileId);
  }
}
