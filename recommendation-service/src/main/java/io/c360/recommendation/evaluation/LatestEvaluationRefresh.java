package io.c360.recommendation.evaluation;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Re-reads the latest evaluation at startup and every {@code
 * c360.recommendation.evaluation.refresh-interval}, so {@code auto} follows one run on another
 * instance.
 */
@Component
class LatestEvaluationRefresh {

  private final Evaluations evaluations;

  LatestEvaluationRefresh(Evaluations evaluations) {
    this.evaluations = evaluations;
  }

  @Scheduled(
      initialDelay = 0,
      fixedDelayString = "${c360.recommendation.evaluation.refresh-interval:5m}")
  void refresh() {
    evaluations.refresh();
  }
}
