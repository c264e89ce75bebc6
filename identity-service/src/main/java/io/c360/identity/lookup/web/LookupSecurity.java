package io.c360.identity.lookup.web;

import io.c360.platform.security.EndpointRoles;
import io.c360.platform.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Reading profiles is for analysts (and admins). */
@Configuration(proxyBeanMethods = false)
class LookupSecurity {

  @Bean
  EndpointRoles profileReadEndpoints() {
    return registry ->
        registry
            .requestMatchers(HttpMethod.GET, "/v1/profiles", "/v1/profiles/**")
            .hasAnyRole(Role.ANALYST.name(), Role.ADMIN.name());
  }
}
