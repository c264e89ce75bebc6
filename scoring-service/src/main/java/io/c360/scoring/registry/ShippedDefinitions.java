package io.c360.scoring.registry;

import io.c360.scoring.model.ModelDefinition;
import io.c360.scoring.model.ModelDefinitions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Seeds the registry at startup with the model definitions the service ships ({@code
 * c360.scoring.registry.definitions}).
 */
@Component
class ShippedDefinitions implements ApplicationRunner {

  private final ModelRegistry registry;
  private final RegistryProperties properties;

  ShippedDefinitions(ModelRegistry registry, RegistryProperties properties) {
    this.registry = registry;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
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
  }
}
