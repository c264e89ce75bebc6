package io.c360.activation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * One error handler for every listener of the service: a failed record or batch is retried with
 * back-off up to 30 s for as long as it takes, never skipped (its offset is not committed).
 */
@Configuration(proxyBeanMethods = false)
class KafkaErrorHandling {

  @Bean
  CommonErrorHandler activationErrorHandler() {
    ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
    backOff.setMaxInterval(30_000);
    backOff.setMaxElapsedTime(Long.MAX_VALUE);
    return new DefaultErrorHandler(backOff);
  }
}
