package io.c360.recommendation.serving.web;

import io.c360.platform.security.EndpointRoles;
import io.c360.platform.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Apps call recommendations and send feedback (role {@code app}); the A/B counts are for marketers
 * and analysts; admins may do everything.
 */
@Configuration(proxyBeanMethods = false)
class RecommendationSecurity {

  @Bean
  EndpointRoles recommendationEndpoints() {
    return registry ->
        registry
            .requestMatchers(HttpMethod.GET, "/v1/experiments")
            .hasAnyRole(Role.MARKETER.name(), Role.ANALYST.name(), Role.ADMIN.name())
            .requestMatchers(
                "/v1/recommendations",
                "/v1/items/**",
                "/v1/popular",
                "/v1/rankings",
                "/v1/feedback")
            .hasAnyRole(Role.APP.name(), Role.ADMIN.name());
  }
}
