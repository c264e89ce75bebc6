package io.c360.ingest.collect.web;

import io.c360.platform.security.EndpointRoles;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The SDK routes are open to the filter chain and authenticate with write keys in the controllers:
 * the key may sit in the body, which a servlet filter could only read by buffering every request
 * twice. Browsers' CORS requests are answered by {@link BrowserCorsFilter}, which runs before the
 * security filter chain.
 */
@Configuration(proxyBeanMethods = false)
class TrackingSecurity {

  @Bean
  EndpointRoles trackingEndpoints() {
    return registry ->
        registry
            .requestMatchers(HttpMethod.POST, SdkRoutes.eventPaths())
            .permitAll()
            .requestMatchers(HttpMethod.POST, SdkRoutes.TELEMETRY, SdkRoutes.TELEMETRY + "/")
            .permitAll()
            .requestMatchers(
                HttpMethod.GET, SdkRoutes.SETTINGS_PREFIX + "*" + SdkRoutes.SETTINGS_SUFFIX)
            .permitAll();
  }

  @Bean
  FilterRegistrationBean<BrowserCorsFilter> browserCorsFilter(
      BrowserOrigins origins, SdkProperties sdk) {
    var registration = new FilterRegistrationBean<>(new BrowserCorsFilter(origins, sdk));
    registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
    return registration;
  }
}
