package io.c360.identity.pipeline.kafka;

import io.c360.common.json.EventJson;
import io.c360.identity.pipeline.EventPipeline;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Wires the Kafka side of the pipeline. Failures are the platform's error handler's: a batch that
 * fails (DynamoDB or Kafka unavailable, races that did not settle) is retried with exponential
 * back-off for as long as it takes, and a record that is not a customer event goes to the
 * listener's dead-letter topic.
 */
@Configuration(proxyBeanMethods = false)
class KafkaPipelineConfiguration {

  @Bean
  KafkaChangePublisher changePublisher(KafkaTemplate<String, byte[]> kafka) {
    return new KafkaChangePublisher(kafka, EventJson.mapper(), Duration.ofSeconds(30));
  }

  @Bean
  EventsListener eventsListener(EventPipeline pipeline) {
    return new EventsListener(pipeline);
  }
}
