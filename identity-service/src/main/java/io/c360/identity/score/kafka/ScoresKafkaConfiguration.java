package io.c360.identity.score.kafka;

import io.c360.common.json.EventJson;
import io.c360.identity.score.ScoreProjection;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;

/** Wires the listener of {@code c360.scores.v1}. */
@Configuration(proxyBeanMethods = false)
class ScoresKafkaConfiguration {

  @Bean
  ScoresListener scoresListener(
      ScoreProjection projection, KafkaTemplate<String, byte[]> kafka, Clock clock) {
    return new ScoresListener(projection, kafka, EventJson.mapper(), clock);
  }
}
