package io.c360.recommendation.serving;

import io.c360.recommendation.recommender.embedded.EmbeddedRecommender;
import io.c360.recommendation.recommender.embedded.EmbeddedSettings;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The embedded recommender: always on, the default backend and the fallback of the others (Amazon
 * Personalize is wired in its own package when enabled).
 */
@Configuration(proxyBeanMethods = false)
class BackendConfiguration {

  @Bean
  EmbeddedRecommender embeddedRecommender(Clock clock) {
    return new EmbeddedRecommender(EmbeddedSettings.defaults(), clock);
  }

  @Bean
  EmbeddedRebuild embeddedRebuild(EmbeddedRecommender recommender) {
    return new EmbeddedRebuild(recommender);
  }

  /** Rebuilds the embedded model's snapshot in the background; reads go on meanwhile. */
  static class EmbeddedRebuild {
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
}
