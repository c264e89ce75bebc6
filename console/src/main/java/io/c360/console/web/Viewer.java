package io.c360.console.web;

import io.c360.console.security.ConsoleRole;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The signed-in person as templates see them: a display name and what their roles let them do (the
 * same rules the security configuration enforces; a button hidden here is also refused there).
 */
public record Viewer(String name, Set<ConsoleRole> roles) {

  static Viewer of(Authentication authentication) {
    Set<ConsoleRole> roles = EnumSet.noneOf(ConsoleRole.class);
    for (GrantedAuthority authority : authentication.getAuthorities()) {
      for (ConsoleRole role : ConsoleRole.values()) {
        if (role.authority().equals(authority.getAuthority())) {
          roles.add(role);
        }
      }
    }
    String name =
        authentication.getPrincipal() instanceof OidcUser oidc
                && oidc.getPreferredUsername() != null
            ? oidc.getPreferredUsername()
            : authentication.getName();
    return new Viewer(name, roles);
  }

  public boolean admin() {
    return roles.contains(ConsoleRole.ADMIN);
  }

  /** Audiences and campaigns. */
  public boolean marketing() {
    return admin() || roles.contains(ConsoleRole.MARKETER);
  }

  /** Link suggestions: accept or reject. */
  public boolean stewardship() {
    return admin() || roles.contains(ConsoleRole.STEWARD);
  }

  /** Models and data. */
  public boolean analysis() {
    return admin() || roles.contains(ConsoleRole.ANALYST);
  }
}
