package io.c360.scoring.registry;

import io.c360.platform.blob.BlobStore;
import io.c360.scoring.model.ModelDefinition;
import io.c360.scoring.model.ModelDefinitions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.json.JsonMapper;

/** The registry, and the shipped definitions loaded into it at startup. */
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

  @Bean
  ApplicationRunner shippedDefinitions(ModelRegistry registry, RegistryProperties properties) {
    return args -> {
      Resource[] resources =
          new PathMatchingResourcePatternResolver().getResources(properties.definitions());
      for (Resource resource : resources) {
        ModelDefinition definition;
        try (InputStream in = resource.getInputStream()) {
          definition = ModelDefinitions.read(in);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read model definition " + resource, e);
        }
        registry.seed(definition);
      }
    };
  }
}
