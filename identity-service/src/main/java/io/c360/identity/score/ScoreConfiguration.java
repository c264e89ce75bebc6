package io.c360.identity.score;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires {@link ScoreProjection}. */
@Configuration(proxyBeanMethods = false)
class ScoreConfiguration {

  @Bean
  ScoreProjection scoreProjection(ScoreStore store) {
    return new ScoreProjection(store);
  }
}
