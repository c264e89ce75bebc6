package io.c360.ingest.imports;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Reads typed fields from a row, collecting every problem as a reason a person can act on. */
final class Fields {

  private final Row row;
  private final List<String> reasons = new ArrayList<>();

  Fields(Row row) {
    this.row = row;
  }

  List<String> reasons() {
    return reasons;
  }

  @Nullable String text(String column) {
    return row.get(column);
  }

  @Nullable String required(String column) {
    String value = row.get(column);
    if (value == null) {
      reasons.add(column + " is required");
    }
    return value;
  }

  /** True when the import turns negative quantities into refund lines. */
  boolean negativeQuantityIsRefund() {
    return row.options().negativeQuantityIsRefund();
  }

  /** A whole number, at least {@code min}. */
  @Nullable Long integer(String column, boolean required, long min) {
    String value = required ? required(column) : row.get(column);
    if (value == null) {
      return null;
    }
    try {
      long parsed = Long.parseLong(value);
      if (parsed < min) {
        reasons.add(column + " '" + value + "' must be at least " + min);
        return null;
      }
      return parsed;
    } catch (NumberFormatException e) {
      reasons.add(column + " '" + value + "' is not a whole number");
      return null;
    }
  }

  /** A non-negative decimal amount such as {@code 19.90}. */
  @Nullable BigDecimal amount(String column, boolean required) {
    String value = required ? required(column) : row.get(column);
    if (value == null) {
      return null;
    }
    try {
      String plain =
          row.options().decimalComma() ? value.replace(".", "").replace(',', '.') : value;
      BigDecimal parsed = new BigDecimal(plain);
      if (parsed.signum() < 0) {
        reasons.add(column + " '" + value + "' must not be negative");
        return null;
      }
      return parsed;
    } catch (NumberFormatException e) {
      reasons.add(column + " '" + value + "' is not a decimal number");
      return null;
    }
  }

  /**
   * An ISO-8601 date-time, or one in the import's {@code timestampFormat}; one without an offset
   * ({@code 2026-11-01T10:15:00} or {@code 2026-11-01 10:15:00}) is read in the import's zone (UTC
   * unless told).
   */
  @Nullable Instant instant(String column, boolean required) {
    String value = required ? required(column) : row.get(column);
    if (value == null) {
      return null;
    }
    DateTimeFormatter pattern = row.options().timestamps();
    if (pattern != null) {
      try {
        TemporalAccessor parsed =
            pattern.parseBest(
                value, ZonedDateTime::from, OffsetDateTime::from, LocalDateTime::from);
        if (parsed instanceof ZonedDateTime zoned) {
          return zoned.toInstant();
        }
        if (parsed instanceof OffsetDateTime offset) {
          return offset.toInstant();
        }
        return ((LocalDateTime) parsed).atZone(row.options().zone()).toInstant();
      } catch (DateTimeException e) {
        reasons.add(column + " '" + value + "' does not match the timestampFormat");
        return null;
      }
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException notOffset) {
      try {
        return LocalDateTime.parse(value.replace(' ', 'T'))
            .atZone(row.options().zone())
            .toInstant();
      } catch (DateTimeParseException e) {
        reasons.add(column + " '" + value + "' is not an ISO-8601 date-time");
        return null;
      }
    }
  }

  /** A three-letter ISO 4217 currency code, upper-cased; {@code fallback} when absent. */
  String currency(String column, String fallback) {
    String value = row.get(column);
    if (value == null) {
      return fallback;
    }
    String upper = value.toUpperCase(Locale.ROOT);
    if (!upper.matches("[A-Z]{3}")) {
      reasons.add(column + " '" + value + "' is not a three-letter currency code");
      return fallback;
    }
    return upper;
  }

  /** One of the allowed values (case-insensitive), or {@code fallback} when absent. */
  String oneOf(String column, List<String> allowed, String fallback) {
    String value = row.get(column);
    if (value == null) {
      return fallback;
    }
    String lower = value.toLowerCase(Locale.ROOT);
    if (!allowed.contains(lower)) {
      reasons.add(column + " '" + value + "' must be one of " + String.join(", ", allowed));
      return fallback;
    }
    return lower;
  }
}
