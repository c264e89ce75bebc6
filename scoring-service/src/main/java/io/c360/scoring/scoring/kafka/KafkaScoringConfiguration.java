package io.c360.scoring.scoring.kafka;

import io.c360.common.json.EventJson;
import io.c360.scoring.scoring.ScorePublisher;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The Kafka side: scores out (profile changes and erasures come in through {@link
 * ProfileChangesListener}, failures are the platform's error handler's).
 */
@Configuration(proxyBeanMethods = false)
class KafkaScoringConfiguration {

  @Bean
  ScorePublisher scorePublisher(KafkaTemplate<String, byte[]> kafka) {
    return new KafkaScorePublisher(kafka, EventJson.mapper(), Duration.ofSeconds(30));
  }
}
