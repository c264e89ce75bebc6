package io.c360.activation.audience;

import io.c360.activation.profile.ActivationProfile;
import java.time.Instant;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * A profile field a rule can test, by its path ({@code scores.churn_90d}, {@code
 * daysSinceLastOrder}, {@code consent.email}), with the type of its values. {@link AudienceFields}
 * lists the known ones.
 */
public final class AudienceField {

  /** What a field holds, which decides the operators and constants it accepts. */
  public enum Type {
    NUMBER,
    STRING,
    BOOLEAN,
    /** a list of strings: {@code contains} */
    LIST,
    /** identify traits: a string or a number, whatever the events sent */
    ANY
  }

  private final String path;
  private final Type type;
  private final BiFunction<ActivationProfile, Instant, @Nullable Object> reader;

  AudienceField(
      String path, Type type, BiFunction<ActivationProfile, Instant, @Nullable Object> reader) {
    this.path = path;
    this.type = type;
    this.reader = reader;
  }

  public String path() {
    return path;
  }

  public Type type() {
    return type;
  }

  /** The profile's value, or null when it has none. */
  public @Nullable Object valueOf(ActivationProfile profile, Instant now) {
    return reader.apply(profile, now);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AudienceField f && f.path.equals(path);
  }

  @Override
  public int hashCode() {
    return path.hashCode();
  }

  @Override
  public String toString() {
    return path;
  }
}
