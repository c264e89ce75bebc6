package io.c360.activation.campaign.http;

import io.c360.activation.campaign.RecommendationSource;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Recommendations for messages from recommendation-service. */
@Configuration(proxyBeanMethods = false)
class HttpRecommendationConfiguration {

  @Bean
  RecommendationSource recommendationSource(
      RecommendationClientProperties properties, Clock clock) {
    return new HttpRecommendationSource(properties, clock);
  }
}
