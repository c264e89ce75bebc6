package io.c360.ingest.imports.web;

import io.c360.platform.security.EndpointRoles;
import io.c360.platform.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Imports load data for every customer at once: admins only. */
@Configuration(proxyBeanMethods = false)
class ImportSecurity {

  @Bean
  EndpointRoles importEndpoints() {
    return registry ->
        registry.requestMatchers("/v1/imports", "/v1/imports/**").hasRole(Role.ADMIN.name());
  }
}
