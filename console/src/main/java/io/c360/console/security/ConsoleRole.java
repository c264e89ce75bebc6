package io.c360.console.security;

import java.util.Locale;
import java.util.Optional;

/** The console's roles; an admin may do everything the others may. */
public enum ConsoleRole {
  /** Audiences and campaigns; reads customers and recommendations. */
  MARKETER,
  /** Customers, models, recommendations and data, read and train. */
  ANALYST,
  /** Everything, and the irreversible actions: erase, unmerge, promote, roll back. */
  ADMIN,
  /**
   * Data steward: reviews identity-service's suggested links (accept or reject); reads customers.
   */
  STEWARD;

  /** The Spring Security authority, {@code ROLE_ADMIN}. */
  public String authority() {
    return "ROLE_" + name();
  }

  /** The role named by a configuration value or an OIDC claim value, any case. */
  public static Optional<ConsoleRole> parse(String value) {
    String name = value.trim().toUpperCase(Locale.ROOT);
    for (ConsoleRole role : values()) {
      if (role.name().equals(name)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
