package io.c360.devstack.test;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Starts the shared devstack for test classes annotated {@link WithDevStack} while Spring prepares
 * their test context, i.e. before any context is created, and adds its properties to the context's
 * environment (property source {@value #PROPERTY_SOURCE}, just after the system properties).
 * Registered in {@code META-INF/spring.factories}.
 */
final class DevStackContextCustomizerFactory implements ContextCustomizerFactory {

  /** The name of the property source added to the test context's environment. */
  static final String PROPERTY_SOURCE = "c360DevStack";

  @Override
  public @Nullable ContextCustomizer createContextCustomizer(
      Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
    if (!TestContextAnnotationUtils.hasAnnotation(testClass, WithDevStack.class)) {
      return null;
    }
    SharedDevStack.get();
    return new DevStackContextCustomizer();
  }

  /** Equal to every other instance, so all {@link WithDevStack} classes can share contexts. */
  private record DevStackContextCustomizer() implements ContextCustomizer {

    @Override
    public void customizeContext(
        ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
      ConfigurableEnvironment environment = context.getEnvironment();
      MapPropertySource source =
          new MapPropertySource(
              PROPERTY_SOURCE, Map.copyOf(SharedDevStack.properties(SharedDevStack.get())));
      MutablePropertySources sources = environment.getPropertySources();
      if (sources.contains(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME)) {
        sources.addAfter(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME, source);
      } else {
        sources.addFirst(source);
      }
    }
  }
}
