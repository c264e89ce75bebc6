package io.c360.console.security;

import static io.c360.console.security.ConsoleRole.ADMIN;
import static io.c360.console.security.ConsoleRole.ANALYST;
import static io.c360.console.security.ConsoleRole.MARKETER;
import static io.c360.console.security.ConsoleRole.STEWARD;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

/**
 * Sign-in (local form login or OIDC), CSRF on every form (Spring Security's default, kept), and
 * which role may open which page or take which action. A page or action nobody was given is closed.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurity {

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  UserDetailsService localUsers(ConsoleSecurityProperties properties) {
    if (properties.mode() == ConsoleSecurityProperties.Mode.LOCAL && properties.users().isEmpty()) {
      throw new IllegalStateException(
          "c360.console.security.users is empty, so nobody could sign in: configure local users"
              + " (./c360 up provisions three) or set c360.console.security.mode=oidc");
    }
    InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
    for (ConsoleSecurityProperties.User user : properties.users()) {
      users.createUser(
          User.withUsername(user.username())
              .password(user.passwordHash())
              .roles(user.roles().stream().map(Enum::name).toArray(String[]::new))
              .build());
    }
    return users;
  }

  @Bean
  SecurityFilterChain consoleFilterChain(HttpSecurity http, ConsoleSecurityProperties properties)
      throws Exception {
    AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
    forbidden.setErrorPage("/forbidden");
    http.authorizeHttpRequests(ConsoleSecurity::rules)
        .exceptionHandling(e -> e.accessDeniedHandler(forbidden))
        .logout(logout -> logout.logoutSuccessUrl("/login?signedOut"));
    if (properties.mode() == ConsoleSecurityProperties.Mode.OIDC) {
      String claim = properties.oidc().rolesClaim();
      http.oauth2Login(
          oauth ->
              oauth
                  .loginPage("/login")
                  .userInfoEndpoint(u -> u.userAuthoritiesMapper(rolesFrom(claim))));
    } else {
      http.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll());
    }
    return http.build();
  }

  private static void rules(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry r) {
    String[] everyone = {MARKETER.name(), ANALYST.name(), ADMIN.name(), STEWARD.name()};
    r.requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error")
        .permitAll()
        .requestMatchers("/actuator/health", "/actuator/health/**")
        .permitAll()
        .requestMatchers("/actuator/**")
        .hasRole(ADMIN.name())
        .requestMatchers(HttpMethod.POST, "/customers/*/erase", "/customers/*/unmerge")
        .hasRole(ADMIN.name())
        .requestMatchers(HttpMethod.POST, "/recommendations/evaluations")
        .hasAnyRole(ANALYST.name(), ADMIN.name())
        .requestMatchers("/customers", "/customers/**", "/recommendations", "/recommendations/**")
        .hasAnyRole(everyone)
        .requestMatchers("/link-suggestions", "/link-suggestions/**")
        .hasAnyRole(STEWARD.name(), ADMIN.name())
        .requestMatchers("/audiences", "/audiences/**", "/campaigns", "/campaigns/**")
        .hasAnyRole(MARKETER.name(), ADMIN.name())
        .requestMatchers(
            HttpMethod.POST, "/models/*/promote", "/models/*/rollback", "/data/imports")
        .hasRole(ADMIN.name())
        .requestMatchers("/models", "/models/**", "/data", "/data/**")
        .hasAnyRole(ANALYST.name(), ADMIN.name())
        .requestMatchers("/", "/forbidden")
        .hasAnyRole(everyone)
        .anyRequest()
        .denyAll();
  }

  /** Keeps only the console roles found in the OIDC user's claim. */
  private static GrantedAuthoritiesMapper rolesFrom(String claim) {
    return authorities -> {
      Set<GrantedAuthority> mapped = new LinkedHashSet<>();
      for (GrantedAuthority authority : authorities) {
        if (authority instanceof OidcUserAuthority oidc) {
          mapped.addAll(RoleClaims.authorities(oidc.getAttributes(), claim));
        }
      }
      return mapped;
    };
  }
}
