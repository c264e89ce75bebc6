package io.c360.identity.fuzzy;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The fuzzy matcher, configured from {@code c360.identity.fuzzy.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FuzzyMatchingProperties.class)
class FuzzyMatchingConfiguration {

  @Bean
  FuzzyMatcher fuzzyMatcher(FuzzyMatchingProperties properties) {
    return new FuzzyMatcher(properties);
  }
}
