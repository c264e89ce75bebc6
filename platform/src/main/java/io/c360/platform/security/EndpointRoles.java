package io.c360.platform.security;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's access rules, declared as a bean. The shared filter chain applies every service's
 * rules between the common ones (health and API docs open, the rest of Actuator for admins) and a
 * final deny-all, so an endpoint nobody gave a role to is closed rather than open.
 */
@FunctionalInterface
public interface EndpointRoles {

  void configure(
      AuthorizeHttpRequestsConfigurer<
                  org.springframework.security.config.annotation.web.builders.HttpSecurity>
              .AuthorizationManagerRequestMatcherRegistry
          registry);
}
