package io.c360.activation.segment.kafka;

import io.c360.activation.segment.SegmentSync;
import io.c360.activation.segment.SegmentWriteKey;
import io.c360.common.json.EventJson;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.ContainerProperties.AckMode;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The Segment listeners, when {@code c360.activation.segment.write-key} is set. Their own container
 * factory acknowledges manually, after Segment accepted a batch, and retries a failed batch with
 * back-off up to 30 s for as long as Segment is unavailable: nothing is skipped.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SegmentWriteKey.Present.class)
class SegmentKafkaConfiguration {

  static final String CONTAINER_FACTORY = "segmentListenerContainerFactory";

  @Bean
  SegmentListeners segmentListeners(SegmentSync sync) {
    return new SegmentListeners(sync, EventJson.mapper());
  }

  @Bean(CONTAINER_FACTORY)
  ConcurrentKafkaListenerContainerFactory<String, byte[]> segmentListenerContainerFactory(
      ConsumerFactory<String, byte[]> consumers) {
    var factory = new ConcurrentKafkaListenerContainerFactory<String, byte[]>();
    factory.setConsumerFactory(consumers);
    factory.setBatchListener(true);
    factory.getContainerProperties().setAckMode(AckMode.MANUAL);
    ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
    backOff.setMaxInterval(30_000);
    backOff.setMaxElapsedTime(Long.MAX_VALUE);
    factory.setCommonErrorHandler(new DefaultErrorHandler(backOff));
    return factory;
  }
}
