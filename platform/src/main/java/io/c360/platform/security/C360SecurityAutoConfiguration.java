package io.c360.platform.security;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The one security setup every C360 service uses: stateless bearer tokens with roles (hashed tokens
 * from configuration and, in the OIDC mode, JWTs from an identity provider), Segment write keys for
 * ingest, RFC 9457 problem bodies for 401 and 403, Actuator health open and the rest of Actuator
 * for admins.
 */
@AutoConfiguration(
    before = {UserDetailsServiceAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecurityProperties.class)
@EnableWebSecurity
public class C360SecurityAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  ApiTokens apiTokens(SecurityProperties properties) {
    return new ApiTokens(properties);
  }

  @Bean
  @ConditionalOnMissingBean
  WriteKeys writeKeys(SecurityProperties properties) {
    return new WriteKeys(properties);
  }

  @Bean
  @ConditionalOnMissingBean(SecurityFilterChain.class)
  SecurityFilterChain c360SecurityFilterChain(
      HttpSecurity http,
      ApiTokens tokens,
      SecurityProperties properties,
      ObjectProvider<EndpointRoles> serviceRoles)
      throws Exception {
    List<EndpointRoles> rules = serviceRoles.orderedStream().toList();
    var unauthorized = ProblemResponses.unauthorized();
    SecurityProperties.Oidc oidc = properties.oidc();
    if (oidc.enabled()) {
      var bearer = new DefaultBearerTokenResolver();
      http.oauth2ResourceServer(
          server ->
              server
                  .bearerTokenResolver(
                      request -> {
                        String token = bearer.resolve(request);
                        return token != null && BearerTokenFilter.looksLikeJwt(token)
                            ? token
                            : null;
                      })
                  .authenticationEntryPoint(unauthorized)
                  .accessDeniedHandler(ProblemResponses.forbidden())
                  .jwt(
                      jwt ->
                          jwt.decoder(JwtDecoders.of(oidc))
                              .jwtAuthenticationConverter(new JwtRoles(oidc))));
    }
    http.csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .httpBasic(basic -> basic.disable())
        .formLogin(form -> form.disable())
        .logout(logout -> logout.disable())
        .requestCache(cache -> cache.disable())
        .addFilterBefore(
            new BearerTokenFilter(tokens, unauthorized, oidc.enabled()),
            AnonymousAuthenticationFilter.class)
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(unauthorized)
                    .accessDeniedHandler(ProblemResponses.forbidden()))
        .authorizeHttpRequests(
            registry -> {
              registry
                  .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                  .permitAll()
                  .requestMatchers(
                      "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                  .permitAll()
                  .requestMatchers("/error")
                  .permitAll()
                  .requestMatchers("/actuator/**")
                  .hasRole(Role.ADMIN.name());
              rules.forEach(rule -> rule.configure(registry));
              registry.anyRequest().denyAll();
            });
    return http.build();
  }
}
