package io.c360.scoring.registry.web;

import io.c360.platform.security.EndpointRoles;
import io.c360.platform.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Models are analysts' work (reading, defining, training, scoring); making a version champion or
 * rolling back changes what every customer is scored with, so it is for admins.
 */
@Configuration(proxyBeanMethods = false)
class ModelSecurity {

  @Bean
  EndpointRoles modelEndpoints() {
    return registry ->
        registry
            .requestMatchers(HttpMethod.POST, "/v1/models/*/promote", "/v1/models/*/rollback")
            .hasRole(Role.ADMIN.name())
            .requestMatchers(
                "/v1/models",
                "/v1/models/**",
                "/v1/training-jobs/**",
                "/v1/training-jobs",
                "/v1/scoring-jobs",
                "/v1/scoring-jobs/**",
                "/v1/scores/**")
            .hasAnyRole(Role.ANALYST.name(), Role.ADMIN.name());
  }
}
