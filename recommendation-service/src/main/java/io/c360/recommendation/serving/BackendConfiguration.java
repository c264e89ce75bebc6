package io.c360.recommendation.serving;

import io.c360.recommendation.recommender.embedded.EmbeddedRecommender;
import io.c360.recommendation.recommender.embedded.EmbeddedSettings;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
}
