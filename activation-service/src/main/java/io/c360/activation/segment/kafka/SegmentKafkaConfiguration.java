package io.c360.activation.segment.kafka;

import io.c360.activation.segment.SegmentSync;
import io.c360.activation.segment.SegmentWriteKey;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ContainerProperties.AckMode;

/**
 * The Segment listeners, when {@code c360.activation.segment.write-key} is set. Their own container
 * factory acknowledges manually, after Segment accepted a batch. It reads with the service's
 * consumer factory (the platform's contract deserializer) and fails with the platform's one error
 * handler: a batch Segment did not accept is retried with back-off for as long as Segment is
 * unavailable, nothing skipped, while a record that cannot be read goes to the listener's
 * dead-letter topic like everywhere else: retrying it could never succeed and would stop the sync
 * of every later membership and score.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SegmentWriteKey.Present.class)
class SegmentKafkaConfiguration {

  static final String CONTAINER_FACTORY = "segmentListenerContainerFactory";

  @Bean
  SegmentListeners segmentListeners(SegmentSync sync) {
    return new SegmentListeners(sync);
  }

  @Bean(CONTAINER_FACTORY)
  ConcurrentKafkaListenerContainerFactory<String, Object> segmentListenerContainerFactory(
      ConsumerFactory<String, Object> consumers, CommonErrorHandler errorHandler) {
    var factory = new ConcurrentKafkaListenerContainerFactory<String, Object>();
    factory.setConsumerFactory(consumers);
    factory.setBatchListener(true);
    factory.getContainerProperties().setAckMode(AckMode.MANUAL);
    factory.setCommonErrorHandler(errorHandler);
    return factory;
  }
}
