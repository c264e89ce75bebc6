package io.c360.activation.campaign;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Which arm of the experiment a member is in. */
public enum Group {
  TREATMENT,
  CONTROL;

  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
