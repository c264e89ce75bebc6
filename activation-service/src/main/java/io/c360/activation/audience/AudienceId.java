package io.c360.activation.audience;

import java.util.Objects;

/** An audience's id, {@code aud-} and a random suffix. */
public record AudienceId(String value) {

  public AudienceId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value;
  }
}
