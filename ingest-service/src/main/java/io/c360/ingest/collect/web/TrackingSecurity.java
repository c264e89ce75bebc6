package io.c360.ingest.collect.web;

import io.c360.common.security.EndpointRoles;
import java.util.stream.Stream;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The Tracking API is open to the filter chain and authenticates with write keys in {@link
 * TrackingController}: the key may sit in the body, which a servlet filter could only read by
 * buffering every request twice.
 */
@Configuration(proxyBeanMethods = false)
class TrackingSecurity {

  @Bean
  EndpointRoles trackingEndpoints() {
    String[] paths =
        Stream.of("track", "identify", "page", "screen", "group", "alias", "batch", "import")
            .flatMap(call -> Stream.of("/v1/" + call, "/v1/" + call + "/"))
            .toArray(String[]::new);
    return registry -> registry.requestMatchers(HttpMethod.POST, paths).permitAll();
  }
}
