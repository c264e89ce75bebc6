package io.c360.activation.profile;

import java.util.Objects;

/** A unified profile's id, as identity-service assigns it. */
public record ProfileId(String value) implements Comparable<ProfileId> {

  public ProfileId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a profile id must not be blank");
    }
  }

  @Override
  public int compareTo(ProfileId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
