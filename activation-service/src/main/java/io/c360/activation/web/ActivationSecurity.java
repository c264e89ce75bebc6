package io.c360.activation.web;

import io.c360.platform.security.EndpointRoles;
import io.c360.platform.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Audiences, campaigns, exports, reports and the outbox are for marketers (and admins). */
@Configuration(proxyBeanMethods = false)
class ActivationSecurity {

  @Bean
  EndpointRoles activationEndpoints() {
    return registry ->
        registry
            .requestMatchers(
                "/v1/audiences/**",
                "/v1/campaigns/**",
                "/v1/outbox/**",
                "/v1/audiences",
                "/v1/campaigns",
                "/v1/outbox")
            .hasAnyRole(Role.MARKETER.name(), Role.ADMIN.name());
  }
}
