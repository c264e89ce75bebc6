package io.c360.identity.profile;

import io.c360.common.event.Commerce;
import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads typed values out of an event's free-form JSON objects, ignoring what does not fit. */
final class EventValues {

  private EventValues() {}

  /** The value at {@code key} of a JSON object, or null when absent or not an object. */
  static @Nullable Object get(@Nullable Map<String, Object> object, String key) {
    return object == null ? null : object.get(key);
  }

  /** A nested JSON object with string keys, or null when {@code value} is not one. */
  @SuppressWarnings("unchecked")
  static @Nullable Map<String, Object> object(@Nullable Object value) {
    if (value instanceof Map<?, ?> map
        && map.keySet().stream().allMatch(String.class::isInstance)) {
      return (Map<String, Object>) map;
    }
    return null;
  }

  /**
   * A number, or a string holding one, as an exact decimal; null otherwise (the contract's rule).
   */
  static @Nullable BigDecimal decimal(@Nullable Object value) {
    return Commerce.decimal(value);
  }

  /** A non-blank string, or a number as its decimal string (skus are sometimes numeric). */
  static @Nullable String text(@Nullable Object value) {
    if (value instanceof String s) {
      String trimmed = s.trim();
      return trimmed.isEmpty() ? null : trimmed;
    }
    if (value instanceof Number) {
      BigDecimal d = decimal(value);
      return d == null ? null : d.toPlainString();
    }
    return null;
  }
}
