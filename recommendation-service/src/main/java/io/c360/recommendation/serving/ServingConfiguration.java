package io.c360.recommendation.serving;

import io.c360.recommendation.catalog.Catalog;
import io.c360.recommendation.identity.ProfileResolver;
import io.c360.recommendation.interaction.CustomerActivity;
import io.c360.recommendation.policy.PolicyChoices;
import io.c360.recommendation.recommender.Recommender;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The serving side: catalog, activity, experiments and the service over every backend. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ServingConfiguration {

  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  Catalog catalog(RecommendationProperties properties) {
    return new Catalog(properties.catalogBatch());
  }

  @Bean
  CustomerActivity customerActivity() {
    return new CustomerActivity(200);
  }

  @Bean
  Experiments experiments(MeterRegistry meters, Clock clock) {
    return new Experiments(meters, clock, Duration.ofDays(1), 1_000_000);
  }

  @Bean
  RecommendationService recommendationService(
      RecommendationProperties properties,
      List<Recommender> recommenders,
      Catalog catalog,
      ProfileResolver profiles,
      CustomerActivity activity,
      Experiments experiments,
      ObjectProvider<PolicyChoices> choices) {
    Map<String, Recommender> backends = new LinkedHashMap<>();
    recommenders.forEach(r -> backends.put(r.name(), r));
    return new RecommendationService(
        properties,
        backends,
        catalog,
        profiles,
        activity,
        experiments,
        choices.getIfAvailable(() -> context -> Optional.empty()));
  }
}
