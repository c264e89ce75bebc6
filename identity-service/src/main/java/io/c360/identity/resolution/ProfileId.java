package io.c360.identity.resolution;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** The id of a unified profile: a random UUID, never derived from personal data. */
public record ProfileId(String value) implements Comparable<ProfileId> {

  public ProfileId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a profile id is not blank");
    }
  }

  @JsonCreator
  public static ProfileId of(String value) {
    return new ProfileId(value);
  }

  public static ProfileId random() {
    return new ProfileId(UUID.randomUUID().toString());
  }

  @JsonValue
  @Override
  public String value() {
    return value;
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
