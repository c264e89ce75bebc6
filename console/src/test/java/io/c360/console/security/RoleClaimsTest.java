package io.c360.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

class RoleClaimsTest {

  @Test
  void readsTheConsoleRolesFromAListOrAStringAndIgnoresOthers() {
    assertThat(names(Map.of("roles", List.of("Marketer", "auditor", "ADMIN")), "roles"))
        .containsExactly("ROLE_MARKETER", "ROLE_ADMIN");
    assertThat(names(Map.of("roles", "steward"), "roles")).containsExactly("ROLE_STEWARD");
    assertThat(names(Map.of("groups", "analyst, admin"), "groups"))
        .containsExactly("ROLE_ANALYST", "ROLE_ADMIN");
    assertThat(names(Map.of("roles", List.of("admin")), "groups")).isEmpty();
  }

  private static List<String> names(Map<String, Object> claims, String claim) {
    return RoleClaims.authorities(claims, claim).stream()
        .map(GrantedAuthority::getAuthority)
        .toList();
  }
}
