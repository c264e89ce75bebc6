package io.c360.ingest;

import io.c360.common.identifier.IdentifierNormalizer;
import io.c360.common.identifier.IdentifierProperties;
import io.c360.ingest.stats.EventStats;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What every feature of the service shares: the clock, identifier normalization and the event
 * statistics.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentifierProperties.class)
class IngestConfiguration {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  EventStats eventStats(Clock clock) {
    return new EventStats(clock);
  }

  @Bean
  IdentifierNormalizer identifierNormalizer(IdentifierProperties properties) {
    return new IdentifierNormalizer(properties);
  }
}
