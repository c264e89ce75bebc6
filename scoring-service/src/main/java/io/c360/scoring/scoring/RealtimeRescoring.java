package io.c360.scoring.scoring;

import io.c360.scoring.features.CustomerHistory;
import io.c360.scoring.history.HistoryReader;
import io.c360.scoring.registry.ModelRegistry.LoadedModel;
import io.c360.scoring.scoring.ProfileScorer.ModelScores;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-scores profiles soon after they change (new events in scoring's history, a merge or unmerge, a
 * profile change on {@code c360.profiles.v1}), debounced, from scoring's own history: the first
 * change of a profile schedules it {@code debounce} later, and changes arriving before then join
 * that one scoring. A profile that left a model's population loses that model's score. Only models
 * with a champion score; a model without one (no version earned it) is skipped, so its score is
 * simply absent.
 *
 * <p>Pending profiles live in memory: a restart drops them, and the next change or batch run scores
 * them (the profile change is not lost, only its prompt re-scoring).
 */
public class RealtimeRescoring {

  private static final Logger log = LoggerFactory.getLogger(RealtimeRescoring.class);

  private final HistoryReader histories;
  private final ProfileScorer scorer;
  private final ScoreDelivery delivery;
  private final Clock clock;
  private final Duration debounce;
  private final int maxBatch;
  private final Map<String, Instant> due = new ConcurrentHashMap<>();

  public RealtimeRescoring(
      HistoryReader histories,
      ProfileScorer scorer,
      ScoreDelivery delivery,
      Clock clock,
      Duration debounce,
      int maxBatch) {
    this.histories = histories;
    this.scorer = scorer;
    this.delivery = delivery;
    this.clock = clock;
    this.debounce = debounce;
    this.maxBatch = maxBatch;
  }

  /** Profiles that changed: each is scored once, {@code debounce} after its first change. */
  public void changed(Collection<String> profileIds) {
    Instant at = clock.instant().plus(debounce);
    profileIds.forEach(id -> due.putIfAbsent(id, at));
  }

  /** Drops a profile's pending re-scoring (it was erased). */
  public void forget(String profileId) {
    due.remove(profileId);
  }

  /** Scores the profiles that are due; returns how many it took. */
  public int drain() {
    Instant now = clock.instant();
    List<String> ready = new ArrayList<>();
    for (var entry : due.entrySet()) {
      if (!entry.getValue().isAfter(now) && due.remove(entry.getKey(), entry.getValue())) {
        ready.add(entry.getKey());
        if (ready.size() >= maxBatch) {
          break;
        }
      }
    }
    if (ready.isEmpty()) {
      return 0;
    }
    try {
      rescore(ready);
    } catch (RuntimeException e) {
      log.warn("re-scoring {} profiles failed; they are retried", ready.size(), e);
      Instant retry = clock.instant().plus(debounce);
      ready.forEach(id -> due.putIfAbsent(id, retry));
    }
    return ready.size();
  }

  private void rescore(List<String> profileIds) {
    List<LoadedModel> champions = scorer.champions(List.of());
    if (log.isDebugEnabled()) {
      scorer
          .withoutChampion(List.of())
          .forEach((model, reason) -> log.debug("re-scoring skips {}: {}", model, reason));
    }
    if (champions.isEmpty()) {
      return;
    }
    Map<String, CustomerHistory> histories = this.histories.histories(profileIds);
    Instant asOf = clock.instant();
    for (LoadedModel champion : champions) {
      ModelScores scores = scorer.score(champion, histories.values(), asOf);
      delivery.deliver(scores.scored());
      for (String profileId : scores.ineligible()) {
        delivery.remove(profileId, List.of(champion.version().model()));
      }
    }
  }
}
