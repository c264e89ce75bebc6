package io.c360.identity.linkage;

import io.c360.identity.fuzzy.FuzzyIndex;
import io.c360.identity.fuzzy.FuzzyMatcher;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Batch linkage of imports, configured from {@code c360.identity.linkage.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LinkageProperties.class)
class LinkageConfiguration {

  @Bean
  ImportLinking importLinking(
      FuzzyMatcher matcher, LinkageProperties properties, FuzzyIndex index) {
    return new ImportLinking(new BatchLinker(matcher, properties), index);
  }
}
