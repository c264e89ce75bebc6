package io.c360.identity.fuzzy;

import io.c360.identity.resolution.OfflineMatching;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Plugs the fuzzy matcher and its index into resolution as its {@link OfflineMatching}. */
@Configuration(proxyBeanMethods = false)
class FuzzyOfflineMatchingConfiguration {

  @Bean
  OfflineMatching offlineMatching(FuzzyMatcher matcher, FuzzyIndex index) {
    return new FuzzyOfflineMatching(matcher, index);
  }
}
