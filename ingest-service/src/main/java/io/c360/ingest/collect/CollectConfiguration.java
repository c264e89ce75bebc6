package io.c360.ingest.collect;

import io.c360.common.identifier.IdentifierNormalizer;
import io.c360.common.json.EventJson;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Tracking API's message validator, with its size limit from {@code c360.ingest.collect.*}. */
@Configuration(proxyBeanMethods = false)
class CollectConfiguration {

  @Bean
  MessageValidator messageValidator(IdentifierNormalizer normalizer, CollectProperties limits) {
    return new MessageValidator(EventJson.mapper(), normalizer, limits.maxMessageBytes());
  }
}
