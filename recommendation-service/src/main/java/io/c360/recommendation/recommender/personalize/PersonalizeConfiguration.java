package io.c360.recommendation.recommender.personalize;

import io.c360.platform.aws.AwsProperties;
import io.c360.platform.blob.BlobStore;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.regions.Region;

/** Amazon Personalize as a backend, when {@code c360.recommendation.personalize.enabled}. */
@Configuration(proxyBeanMethods = false)
class PersonalizeConfiguration {

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
      PersonalizeClients clients,
      PersonalizeProperties properties,
      BlobStore blobs,
      Clock clock,
      MeterRegistry meters) {
    if (properties.settings() == null) {
      throw new IllegalStateException(
          "c360.recommendation.personalize.enabled is true but c360.recommendation.personalize"
              + ".settings is missing: configure at least one context's campaign or recommender");
    }
    PersonalizeRecommender recommender =
        new PersonalizeRecommender(
            clients.runtime(),
            clients.events(),
            properties.settings(),
            new PersonalizeErasureLog(blobs, clock));
    FunctionCounter.builder(
            "c360.recommendation.personalize.events", recommender, r -> r.sentEvents())
        .tag("outcome", "sent")
        .description("live interactions sent to Personalize's event tracker")
        .register(meters);
    FunctionCounter.builder(
            "c360.recommendation.personalize.events", recommender, r -> r.failedEvents())
        .tag("outcome", "failed")
        .register(meters);
    return recommender;
  }
}
