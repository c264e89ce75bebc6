package io.c360.bench;

import io.c360.platform.security.EndpointRoles;
import io.c360.platform.security.Role;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The baseline of {@link RecommendationLoadDriver}: an endpoint added to recommendation-service for
 * the run that answers a small constant JSON object, so it costs what every request costs (Tomcat,
 * the bearer-token filter chain, Spring MVC dispatch, Jackson) and nothing else.
 */
@RestController
@Import(BareEndpoint.Access.class)
public class BareEndpoint {

  private static final Map<String, Object> ANSWER =
      Map.of("status", "ok", "service", "recommendation-service");

  @GetMapping("/v1/bench/bare")
  Map<String, Object> bare() {
    return ANSWER;
  }

  /** The shared filter chain denies what no bean grants: the same role as recommendations. */
  @Configuration(proxyBeanMethods = false)
  static class Access {

    @Bean
    EndpointRoles benchEndpoints() {
      return registry -> registry.requestMatchers("/v1/bench/**").hasRole(Role.APP.name());
    }
  }
}
