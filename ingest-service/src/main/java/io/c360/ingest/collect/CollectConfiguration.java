package io.c360.ingest.collect;

import io.c360.common.identifier.IdentifierNormalizer;
import io.c360.common.json.EventJson;
import io.c360.ingest.dedupe.DedupeWindow;
import io.c360.ingest.publishing.EventPublisher;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the Tracking API. */
@Configuration(proxyBeanMethods = false)
class CollectConfiguration {

  @Bean
  MessageValidator messageValidator(IdentifierNormalizer normalizer, CollectProperties limits) {
    return new MessageValidator(EventJson.mapper(), normalizer, limits.maxMessageBytes());
  }

  @Bean
  CollectService collectService(
      MessageValidator validator,
      DedupeWindow dedupe,
      EventPublisher publisher,
      MeterRegistry meters) {
    return new CollectService(validator, dedupe, publisher, EventJson.mapper(), meters);
  }
}
