package io.c360.scoring.registry;

import io.c360.platform.blob.BlobStore;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The registry, with the promotion margin from {@code c360.scoring.registry.*}. */
@Configuration(proxyBeanMethods = false)
class RegistryConfiguration {

  @Bean
  ModelRegistry modelRegistry(
      RegistryStore store,
      BlobStore blobs,
      JsonMapper json,
      Clock clock,
      RegistryProperties properties) {
    return new ModelRegistry(store, blobs, json, clock, properties.promotionMargin());
  }
}
