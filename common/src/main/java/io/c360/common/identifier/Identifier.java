package io.c360.common.identifier;

import java.util.Objects;

/**
 * A normalized, typed identifier such as {@code email#ann@example.com}. Instances are only made by
 * {@link IdentifierNormalizer} (or read back from the wire), so the value is already normalized.
 */
public record Identifier(IdentifierType type, String value) {

  public Identifier {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
  }

  /** The identity-graph key, {@code <type>#<value>}. */
  public String key() {
    return type.wireName() + "#" + value;
  }
}
