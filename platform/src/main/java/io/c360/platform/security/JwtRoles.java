package io.c360.platform.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Reads C360's roles from a configurable claim of an identity provider's JWT: a list of strings or
 * one space- or comma-separated string, at a dotted path for providers that nest them ({@code
 * realm_access.roles}). Values that name no C360 role are ignored, so a JWT with none of ours is
 * authenticated but allowed nothing (403, not 401).
 */
final class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {

  private final List<String> path;
  private final String prefix;

  JwtRoles(SecurityProperties.Oidc oidc) {
    this.path = List.of(oidc.rolesClaim().split("\\."));
    this.prefix = oidc.rolePrefix().toLowerCase(Locale.ROOT);
  }

  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
    List<SimpleGrantedAuthority> authorities =
        roles(jwt).stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
  }

  Set<Role> roles(Jwt jwt) {
    Object claim = jwt.getClaims();
    for (String name : path) {
      claim = claim instanceof Map<?, ?> map ? map.get(name) : null;
    }
    return values(claim).stream()
        .map(v -> v.trim().toLowerCase(Locale.ROOT))
        .filter(v -> v.startsWith(prefix))
        .map(v -> v.substring(prefix.length()))
        .flatMap(v -> Arrays.stream(Role.values()).filter(r -> r.name().equalsIgnoreCase(v)))
        .collect(Collectors.toUnmodifiableSet());
  }

  private static List<String> values(@Nullable Object claim) {
    if (claim instanceof String text) {
      return Arrays.asList(text.split("[\\s,]+"));
    }
    List<String> values = new ArrayList<>();
    if (claim instanceof Collection<?> items) {
      items.forEach(item -> values.add(String.valueOf(item)));
    }
    return values;
  }
}
