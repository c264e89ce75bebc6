package io.c360.identity.pipeline.kafka;

import io.c360.common.json.EventJson;
import io.c360.identity.pipeline.EventPipeline;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Wires the Kafka side of the pipeline. A batch that fails (DynamoDB or Kafka unavailable, races
 * that did not settle) is retried with exponential back-off up to 30 s, for as long as it takes:
 * skipping it would lose events, and the offsets are only committed after success.
 */
@Configuration(proxyBeanMethods = false)
class KafkaPipelineConfiguration {

  @Bean
  KafkaChangePublisher changePublisher(KafkaTemplate<String, byte[]> kafka, Clock clock) {
    return new KafkaChangePublisher(kafka, EventJson.mapper(), clock, Duration.ofSeconds(30));
  }

  @Bean
  EventsListener eventsListener(EventPipeline pipeline, KafkaChangePublisher publisher) {
    return new EventsListener(pipeline, publisher, EventJson.mapper());
  }

  @Bean
  CommonErrorHandler pipelineErrorHandler() {
    ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
    backOff.setMaxInterval(30_000);
    backOff.setMaxElapsedTime(Long.MAX_VALUE);
    return new DefaultErrorHandler(backOff);
  }
}
