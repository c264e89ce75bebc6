package io.c360.ingest.stats.web;

import io.c360.platform.security.EndpointRoles;
import io.c360.platform.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Event counts hold no customer data: analysts, marketers and admins may read them. */
@Configuration(proxyBeanMethods = false)
class EventStatsSecurity {

  @Bean
  EndpointRoles eventStatsEndpoints() {
    return registry ->
        registry
            .requestMatchers(HttpMethod.GET, "/v1/events/stats")
            .hasAnyRole(Role.ANALYST.name(), Role.MARKETER.name(), Role.ADMIN.name());
  }
}
