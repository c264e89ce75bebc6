package io.c360.console.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Reads console roles from an OIDC claim: a list, or one string separated by spaces or commas. */
final class RoleClaims {

  private RoleClaims() {}

  static Set<GrantedAuthority> authorities(Map<String, Object> claims, String claim) {
    Object value = claims.get(claim);
    List<String> names = new ArrayList<>();
    if (value instanceof Collection<?> list) {
      list.forEach(v -> names.add(String.valueOf(v)));
    } else if (value instanceof String text) {
      names.addAll(List.of(text.split("[\\s,]+")));
    }
    Set<GrantedAuthority> authorities = new LinkedHashSet<>();
    for (String name : names) {
      ConsoleRole.parse(name)
          .ifPresent(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
    }
    return authorities;
  }
}
