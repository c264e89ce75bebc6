package io.c360.scoring.scoring;

import io.c360.common.score.ProfileScore;
import io.c360.common.score.ScoresUpdated;
import io.c360.scoring.scoring.ProfileScorer.ScoredProfile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Puts scores where other services read them: into scoring's own store first, then, for the
 * profiles written, on {@code c360.scores.v1}. Every change is published, a removal as a record
 * with no score. Erased or merged profiles are skipped, so a score never resurrects an erased
 * customer.
 */
@Component
class ScoreDelivery {

  private static final int CHUNK = 500;

  private final ScoreStore store;
  private final ScorePublisher publisher;
  private final ErasedProfiles erased;

  ScoreDelivery(ScoreStore store, ScorePublisher publisher, ErasedProfiles erased) {
    this.store = store;
    this.publisher = publisher;
    this.erased = erased;
  }

  /**
   * Writes and announces the scores, leaving out profiles erased meanwhile; returns how many were
   * written.
   */
  public int deliver(List<ScoredProfile> scored) {
    int written = 0;
    for (int i = 0; i < scored.size(); i += CHUNK) {
      written +=
          erased.writeUnlessErased(
              scored.subList(i, Math.min(scored.size(), i + CHUNK)),
              ScoredProfile::profileId,
              this::deliverChunk);
    }
    return written;
  }

  private int deliverChunk(List<ScoredProfile> chunk) {
    int written = 0;
    Map<String, List<ProfileScore>> byProfile = new LinkedHashMap<>();
    for (ScoredProfile s : chunk) {
      byProfile.computeIfAbsent(s.profileId(), id -> new ArrayList<>()).add(s.score());
    }
    Set<String> done = store.write(byProfile);
    List<ScoresUpdated> updates = new ArrayList<>();
    for (var entry : byProfile.entrySet()) {
      if (done.contains(entry.getKey())) {
        for (ProfileScore score : entry.getValue()) {
          updates.add(new ScoresUpdated(entry.getKey(), score.model(), score));
          written++;
        }
      }
    }
    publisher.publish(updates);
    return written;
  }

  /** Removes the models' scores from a profile and announces the ones that were there. */
  public void remove(String profileId, List<String> models) {
    if (models.isEmpty()) {
      return;
    }
    Set<String> removed = store.remove(profileId, models);
    publisher.publish(
        removed.stream().sorted().map(model -> new ScoresUpdated(profileId, model, null)).toList());
  }

  /**
   * Deletes every score of a profile that was merged into another or erased, keeps it from being
   * scored again, and announces each removed score.
   */
  public void close(String profileId, ScoreStore.Status why) {
    Set<String> removed = store.close(profileId, why);
    publisher.publish(
        removed.stream().sorted().map(model -> new ScoresUpdated(profileId, model, null)).toList());
  }

  /** Lets a profile that was split back out of another be scored again. */
  public void reopen(String profileId) {
    store.reopen(profileId);
  }
}
