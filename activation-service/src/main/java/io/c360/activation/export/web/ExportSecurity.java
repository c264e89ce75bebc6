package io.c360.activation.export.web;

import io.c360.platform.security.EndpointRoles;
import io.c360.platform.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Score-based exports are for marketers (and admins), like audience exports, which {@code
 * /v1/audiences/**} already covers.
 */
@Configuration(proxyBeanMethods = false)
class ExportSecurity {

  @Bean
  EndpointRoles exportEndpoints() {
    return registry ->
        registry
            .requestMatchers("/v1/exports/**", "/v1/exports")
            .hasAnyRole(Role.MARKETER.name(), Role.ADMIN.name());
  }
}
