package io.c360.platform.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Authenticates bearer tokens against the configured SHA-256 hashes. The resulting principal is the
 * token's configured name, never the token itself.
 */
public final class ApiTokens implements AuthenticationManager {

  private final Map<String, SecurityProperties.Token> tokenByHash;

  public ApiTokens(SecurityProperties properties) {
    this.tokenByHash =
        properties.tokens().stream()
            .collect(
                Collectors.toUnmodifiableMap(
                    SecurityProperties.Token::sha256,
                    t -> t,
                    (a, b) -> {
                      throw new IllegalStateException(
                          "two tokens share one hash: " + a.name() + ", " + b.name());
                    }));
  }

  /** The configured token for a presented secret, or empty when unknown. */
  public Optional<SecurityProperties.Token> lookup(String presented) {
    return Optional.ofNullable(tokenByHash.get(Sha256.hex(presented)));
  }

  @Override
  public Authentication authenticate(Authentication authentication) throws AuthenticationException {
    Object credentials = authentication.getCredentials();
    if (!(credentials instanceof String presented) || presented.isBlank()) {
      throw new BadCredentialsException("no bearer token");
    }
    SecurityProperties.Token token =
        lookup(presented)
            .orElseThrow(() -> new BadCredentialsException("the bearer token is not valid"));
    List<SimpleGrantedAuthority> authorities =
        token.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    return UsernamePasswordAuthenticationToken.authenticated(token.name(), null, authorities);
  }
}
