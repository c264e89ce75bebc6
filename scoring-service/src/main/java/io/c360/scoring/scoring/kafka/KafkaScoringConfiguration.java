package io.c360.scoring.scoring.kafka;

import io.c360.common.json.EventJson;
import io.c360.scoring.scoring.ErasureHandling;
import io.c360.scoring.scoring.RealtimeRescoring;
import io.c360.scoring.scoring.ScorePublisher;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The Kafka side: scores out, profile changes and erasures in. A failed erasure or batch is retried
 * with back-off up to 30 s for as long as it takes, never skipped.
 */
@Configuration(proxyBeanMethods = false)
class KafkaScoringConfiguration {

  @Bean
  ScorePublisher scorePublisher(KafkaTemplate<String, byte[]> kafka) {
    return new KafkaScorePublisher(kafka, EventJson.mapper(), Duration.ofSeconds(30));
  }

  @Bean
  ProfileChangesListener profileChangesListener(
      RealtimeRescoring rescoring, ErasureHandling erasures) {
    return new ProfileChangesListener(rescoring, erasures, EventJson.mapper());
  }

  @Bean
  CommonErrorHandler scoringErrorHandler() {
    ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
    backOff.setMaxInterval(30_000);
    backOff.setMaxElapsedTime(Long.MAX_VALUE);
    return new DefaultErrorHandler(backOff);
  }
}
