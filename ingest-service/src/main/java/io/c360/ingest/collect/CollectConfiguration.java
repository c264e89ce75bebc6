package io.c360.ingest.collect;

import io.c360.common.identifier.IdentifierNormalizer;
import io.c360.common.json.EventJson;
import io.c360.ingest.dedupe.PublishOnce;
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
      MessageValidator validator, PublishOnce publishOnce, MeterRegistry meters) {
    return new CollectService(validator, publishOnce, EventJson.mapper(), meters);
  }
}
