package io.c360.recommendation.interaction;

import io.c360.recommendation.recommender.Recommender;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads every active profile's interactions from the durable timeline once, at startup, so the
 * embedded recommender knows more than the resolved-events topic still holds (its retention is 7
 * days). Interactions arriving from the topic meanwhile are not counted twice: activity and the
 * recommenders ignore an interaction they have already recorded.
 */
public class HistoryBootstrap {

  private static final Logger log = LoggerFactory.getLogger(HistoryBootstrap.class);

  private final InteractionHistory history;
  private final CustomerActivity activity;
  private final List<Recommender> learners;

  public HistoryBootstrap(
      InteractionHistory history, CustomerActivity activity, List<Recommender> learners) {
    this.history = history;
    this.activity = activity;
    this.learners = List.copyOf(learners);
  }

  /** Reads the timeline and records what is new; returns how many interactions were new. */
  public int load() {
    long start = System.nanoTime();
    List<Interaction> all = history.all();
    List<Interaction> fresh = activity.record(all);
    if (!fresh.isEmpty()) {
      learners.forEach(r -> r.record(fresh));
    }
    log.info(
        "loaded {} interactions from the timeline ({} new) in {} ms",
        all.size(),
        fresh.size(),
        (System.nanoTime() - start) / 1_000_000);
    return fresh.size();
  }
}
