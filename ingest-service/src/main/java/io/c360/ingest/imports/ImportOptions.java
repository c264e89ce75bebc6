package io.c360.ingest.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How to read a file as its owner exported it, rather than in C360's own column names and formats.
 *
 * @param mapping C360 field to the file's column that holds it ({@code "transaction_id":
 *     "InvoiceNo"}), or to a constant after {@code =} ({@code "currency": "=EUR"}); columns not
 *     named keep their own names
 * @param timestampFormat a {@link DateTimeFormatter} pattern for date-times ({@code M/d/yyyy
 *     H:mm}); without it ISO-8601
 * @param zone the time zone of date-times without an offset (default UTC)
 * @param decimalSeparator {@code .} (default) or {@code ,}; with {@code ,} a {@code .} is read as a
 *     thousands separator
 * @param negativeQuantity {@code reject} (default) or {@code refund}: a POS line with a negative
 *     quantity becomes a line of an {@code Order Refunded}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportOptions(
    @Nullable Map<String, String> mapping,
    @Nullable String timestampFormat,
    @Nullable String zone,
    @Nullable String decimalSeparator,
    @Nullable String negativeQuantity) {

  public static final ImportOptions NONE = new ImportOptions(null, null, null, null, null);

  public boolean isEmpty() {
    return equals(NONE);
  }

  /**
   * Checks every option and compiles them for reading rows.
   *
   * @throws IllegalArgumentException with a message saying which option is wrong and why
   */
  Compiled compile() {
    DateTimeFormatter formatter = null;
    if (timestampFormat != null && !timestampFormat.isBlank()) {
      try {
        formatter = DateTimeFormatter.ofPattern(timestampFormat, Locale.ROOT);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "timestampFormat '"
                + timestampFormat
                + "' is not a DateTimeFormatter pattern: "
                + e.getMessage());
      }
    }
    ZoneId zoneId = ZoneId.of("UTC");
    if (zone != null && !zone.isBlank()) {
      try {
        zoneId = ZoneId.of(zone);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException(
            "zone '" + zone + "' is not a time zone such as Europe/London or +01:00");
      }
    }
    boolean comma;
    if (decimalSeparator == null || decimalSeparator.equals(".")) {
      comma = false;
    } else if (decimalSeparator.equals(",")) {
      comma = true;
    } else {
      throw new IllegalArgumentException(
          "decimalSeparator '" + decimalSeparator + "' must be . or ,");
    }
    boolean refund;
    if (negativeQuantity == null || negativeQuantity.equals("reject")) {
      refund = false;
    } else if (negativeQuantity.equals("refund")) {
      refund = true;
    } else {
      throw new IllegalArgumentException(
          "negativeQuantity '" + negativeQuantity + "' must be reject or refund");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    if (mapping != null) {
      mapping.forEach(
          (field, source) -> {
            if (field == null || field.isBlank() || source == null || source.isBlank()) {
              throw new IllegalArgumentException(
                  "mapping '" + field + "' -> '" + source + "': both sides must be named");
            }
            fields.put(field.trim(), source.trim());
          });
    }
    return new Compiled(fields, formatter, zoneId, comma, refund);
  }

  /** The options ready to apply to each row. */
  record Compiled(
      Map<String, String> mapping,
      @Nullable DateTimeFormatter timestamps,
      ZoneId zone,
      boolean decimalComma,
      boolean negativeQuantityIsRefund) {

    static final Compiled DEFAULT = ImportOptions.NONE.compile();

    /** The row with the mapped fields added under their C360 names. */
    Row apply(Row row) {
      if (mapping.isEmpty() || row.problem() != null) {
        return row.with(this);
      }
      Map<String, String> fields = new LinkedHashMap<>(row.fields());
      mapping.forEach(
          (field, source) -> {
            String value =
                source.startsWith("=")
                    ? source.substring(1)
                    : row.fields().getOrDefault(source, row.get(source.toLowerCase(Locale.ROOT)));
            if (value == null || value.isBlank()) {
              fields.remove(field);
            } else {
              fields.put(field, value);
            }
          });
      return new Row(row.number(), fields, row.raw(), null, this);
    }
  }
}
