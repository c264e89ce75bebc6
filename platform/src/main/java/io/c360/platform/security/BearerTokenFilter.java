package io.c360.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Authorization: Bearer <token>}; a valid token authenticates the request with its
 * roles, an invalid one is answered 401 at once. Requests without a bearer token pass through
 * unauthenticated, so public endpoints stay reachable and protected ones answer 401.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

  private static final String PREFIX = "Bearer ";

  private final AuthenticationManager tokens;
  private final AuthenticationEntryPoint entryPoint;
  private final boolean jwtsElsewhere;

  /**
   * @param jwtsElsewhere the OIDC mode is on: a JWT-shaped token is the resource server's, which
   *     has already authenticated (or refused) it before this filter
   */
  BearerTokenFilter(
      AuthenticationManager tokens, AuthenticationEntryPoint entryPoint, boolean jwtsElsewhere) {
    this.tokens = tokens;
    this.entryPoint = entryPoint;
    this.jwtsElsewhere = jwtsElsewhere;
  }

  /** A JWT (header.payload.signature); the hashed tokens are hex and hold no dot. */
  static boolean looksLikeJwt(String token) {
    return token.chars().filter(c -> c == '.').count() == 2;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      chain.doFilter(request, response);
      return;
    }
    String presented = header.substring(PREFIX.length()).trim();
    if (jwtsElsewhere && looksLikeJwt(presented)) {
      chain.doFilter(request, response);
      return;
    }
    try {
      var result =
          tokens.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(null, presented));
      var context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(result);
      SecurityContextHolder.setContext(context);
    } catch (AuthenticationException e) {
      SecurityContextHolder.clearContext();
      entryPoint.commence(request, response, e);
      return;
    }
    chain.doFilter(request, response);
  }
}
