package io.c360.ingest.publishing.kafka;

import io.c360.common.json.EventJson;
import io.c360.ingest.publishing.EventPublisher;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.validation.annotation.Validated;

/** Wires the Kafka adapter of {@link EventPublisher}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KafkaPublishingConfiguration.PublishingProperties.class)
class KafkaPublishingConfiguration {

  /**
   * @param ackTimeout how long a request may wait for Kafka, in all: for the producer to find the
   *     broker or room in its buffer and then for the acknowledgement, before it answers 503
   */
  @Validated
  @ConfigurationProperties("c360.ingest.publishing")
  record PublishingProperties(@NotNull Duration ackTimeout) {
    PublishingProperties {
      ackTimeout = ackTimeout == null ? Duration.ofSeconds(5) : ackTimeout;
    }
  }

  @Bean
  KafkaTemplate<String, byte[]> eventKafkaTemplate(
      ProducerFactory<String, byte[]> producers, PublishingProperties properties) {
    // send() itself blocks while the producer has no metadata (broker gone) or no buffer room, up
    // to max.block.ms (60 s by default): bound it by the same time a request may wait in all
    return new KafkaTemplate<>(
        producers, Map.of(ProducerConfig.MAX_BLOCK_MS_CONFIG, properties.ackTimeout().toMillis()));
  }

  @Bean
  KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin, Clock clock) {
    Map<String, Object> config = new HashMap<>(kafkaAdmin.getConfigurationProperties());
    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3_000);
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000);
    return new KafkaHealthIndicator(config, clock);
  }

  @Bean
  EventPublisher eventPublisher(
      KafkaTemplate<String, byte[]> eventKafkaTemplate, PublishingProperties properties) {
    return new KafkaEventPublisher(eventKafkaTemplate, EventJson.mapper(), properties.ackTimeout());
  }
}
