package io.c360.recommendation.recommender.embedded;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the embedded model's snapshot every {@code
 * c360.recommendation.embedded.rebuild-interval} in the background; reads go on meanwhile.
 */
@Component
class EmbeddedRebuild {

  private final EmbeddedRecommender recommender;

  EmbeddedRebuild(EmbeddedRecommender recommender) {
    this.recommender = recommender;
  }

  @Scheduled(
      initialDelayString = "${c360.recommendation.embedded.rebuild-interval:60s}",
      fixedDelayString = "${c360.recommendation.embedded.rebuild-interval:60s}")
  void rebuild() {
    recommender.rebuild();
  }
}
