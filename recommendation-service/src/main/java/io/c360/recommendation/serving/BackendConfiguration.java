package io.c360.recommendation.serving;

import io.c360.common.aws.AwsProperties;
import io.c360.common.blob.BlobStore;
import io.c360.recommendation.recommender.embedded.EmbeddedRecommender;
import io.c360.recommendation.recommender.embedded.EmbeddedSettings;
import io.c360.recommendation.recommender.personalize.PersonalizeClients;
import io.c360.recommendation.recommender.personalize.PersonalizeErasureLog;
import io.c360.recommendation.recommender.personalize.PersonalizeRecommender;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import software.amazon.awssdk.regions.Region;

/**
 * The backends: the embedded recommender (always on: the default backend and the fallback of the
 * others) and, when {@code c360.recommendation.personalize.enabled}, Amazon Personalize.
 */
@Configuration(proxyBeanMethods = false)
class BackendConfiguration {

  @Bean(destroyMethod = "close")
  @ConditionalOnProperty(name = "c360.recommendation.personalize.enabled", havingValue = "true")
  PersonalizeClients personalizeClients(PersonalizeProperties properties, AwsProperties aws) {
    String region =
        properties.region() != null
            ? properties.region()
            : aws.region() != null ? aws.region() : "us-east-1";
    return PersonalizeClients.create(Region.of(region), properties.endpoint());
  }

  @Bean
  @ConditionalOnProperty(name = "c360.recommendation.personalize.enabled", havingValue = "true")
  PersonalizeRecommender personalizeRecommender(
      PersonalizeClients clients, PersonalizeProperties properties, BlobStore blobs, Clock clock) {
    if (properties.settings() == null) {
      throw new IllegalStateException(
          "c360.recommendation.personalize.enabled is true but c360.recommendation.personalize"
              + ".settings is missing: configure at least one context's campaign or recommender");
    }
    return new PersonalizeRecommender(
        clients.runtime(),
        clients.events(),
        properties.settings(),
        new PersonalizeErasureLog(blobs, clock));
  }

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
