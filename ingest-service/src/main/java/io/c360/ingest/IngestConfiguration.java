package io.c360.ingest;

import io.c360.common.identifier.IdentifierNormalizer;
import io.c360.common.identifier.IdentifierProperties;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What every feature of the service shares: the clock and identifier normalization. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentifierProperties.class)
class IngestConfiguration {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  IdentifierNormalizer identifierNormalizer(IdentifierProperties properties) {
    return new IdentifierNormalizer(properties);
  }
}
