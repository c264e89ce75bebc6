package io.c360.platform.openapi;

import io.c360.platform.security.SecurityProperties;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/** Registers {@link C360OpenApi} in every service that serves an OpenAPI document. */
@AutoConfiguration
@ConditionalOnClass(OpenApiCustomizer.class)
@EnableConfigurationProperties({ApiDocsProperties.class, SecurityProperties.class})
public class C360OpenApiAutoConfiguration {

  @Bean
  C360OpenApi c360OpenApi(
      ApiDocsProperties docs, SecurityProperties security, Environment environment) {
    return new C360OpenApi(docs, security.oidc(), environment);
  }
}
