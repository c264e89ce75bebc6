package io.c360.platform.security;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;

/** The roles a bearer token can carry (DESIGN.md, Security). */
public enum Role {
  /** Web and mobile apps: recommendations and feedback. */
  APP,
  /** Marketers: audiences, campaigns, exports, reports. */
  MARKETER,
  /** Analysts and data scientists: models, scores, profiles read. */
  ANALYST,
  /** Data stewards: review suggested links between profiles (accept or reject). */
  STEWARD,
  /** Operators: imports, erasure, unmerge, promotion, Actuator. */
  ADMIN;

  /** The Spring Security authority, {@code ROLE_ADMIN}. */
  public String authority() {
    return "ROLE_" + name();
  }

  @JsonCreator
  public static Role parse(String value) {
    return valueOf(value.trim().toUpperCase(Locale.ROOT));
  }
}
