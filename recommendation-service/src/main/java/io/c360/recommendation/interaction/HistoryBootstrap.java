package io.c360.recommendation.interaction;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads every profile's interactions from the service's interaction projection once, at startup, so
 * the embedded recommender knows more than the resolved-events topic still holds (its retention is
 * 7 days). Interactions arriving from the topic meanwhile are not counted twice: activity and the
 * recommenders ignore an interaction they have already recorded.
 */
public class HistoryBootstrap {

  private static final Logger log = LoggerFactory.getLogger(HistoryBootstrap.class);

  private final InteractionHistory history;
  private final CustomerActivity activity;
  private final List<InteractionLearner> learners;

  public HistoryBootstrap(
      InteractionHistory history, CustomerActivity activity, List<InteractionLearner> learners) {
    this.history = history;
    this.activity = activity;
    this.learners = List.copyOf(learners);
  }

  /** Reads the projection and records what is new; returns how many interactions were new. */
  public int load() {
    long start = System.nanoTime();
    List<Interaction> all = history.all();
    List<Interaction> fresh = activity.record(all);
    if (!fresh.isEmpty()) {
      learners.forEach(r -> r.record(fresh));
    }
    log.info(
        "loaded {} stored interactions ({} new) in {} ms",
        all.size(),
        fresh.size(),
        (System.nanoTime() - start) / 1_000_000);
    return fresh.size();
  }
}
