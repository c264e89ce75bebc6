package io.c360.scoring.features;

import io.c360.common.event.Commerce;
import io.c360.common.event.CustomerEvent;
import io.c360.common.event.EventType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One event reduced to what features, populations and labels read: when, what (the track name or
 * call type), from which source, and its commerce and support values. This is what scoring's
 * history projection stores per event.
 */
public record HistoryEvent(
    Instant timestamp,
    String name,
    String source,
    @Nullable String category,
    double amount,
    double discount,
    @Nullable Double csat) {

  static final String ORDER_COMPLETED = "Order Completed";
  static final String ORDER_REFUNDED = "Order Refunded";

  /**
   * Reduces a Segment-shaped event. {@code name} is the track event name ("Order Completed", ...)
   * or the call type for page/screen/identify ("page", "screen", "identify", ...). {@code amount}
   * of an e-commerce event is the amount of its typed {@link Commerce} part (revenue, else total,
   * else the sum of every line's price × quantity; positive for "Order Refunded"), of a
   * subscription its price, else the first of revenue/total/amount/price present. {@code discount}
   * comes from properties.discount; {@code category} from the first product line that has one, else
   * the properties. Lenient: missing or odd values become 0 or null; never throws.
   */
  public static HistoryEvent of(CustomerEvent event) {
    String name =
        event.type() == EventType.TRACK && event.event() != null
            ? event.event()
            : event.type().wireName();
    Map<String, Object> properties = event.properties() == null ? Map.of() : event.properties();
    Commerce commerce = event.commerce();
    double amount =
        switch (name) {
          case "Subscription Started", "Subscription Renewed", "Subscription Cancelled" ->
              firstNumber(properties, "price", "amount", "total", "revenue");
          default ->
              commerce != null
                  ? finite(commerce.amountOrZero().doubleValue())
                  : firstNumber(properties, "revenue", "total", "amount", "price");
        };
    double csat = number(properties.get("csat"));
    return new HistoryEvent(
        event.timestamp(),
        name,
        event.source() == null ? "" : event.source(),
        text(commerce == null ? null : commerce.firstCategory(), properties.get("category")),
        amount,
        Math.abs(number(properties.get("discount"))),
        properties.containsKey("csat") && csat > 0 ? csat : null);
  }

  private static double firstNumber(Map<String, Object> properties, String... keys) {
    for (String key : keys) {
      if (properties.containsKey(key)) {
        double value = number(properties.get(key));
        if (value != 0) {
          return value;
        }
      }
    }
    return 0;
  }

  private static double finite(double value) {
    return Double.isFinite(value) ? value : 0;
  }

  private static double number(@Nullable Object value) {
    double number =
        switch (value) {
          case Number n -> n.doubleValue();
          case String s -> parse(s);
          case null, default -> 0;
        };
    return Double.isFinite(number) ? number : 0;
  }

  private static double parse(String text) {
    try {
      return Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static @Nullable String text(@Nullable Object preferred, @Nullable Object fallback) {
    Object value = preferred != null ? preferred : fallback;
    return value == null || value instanceof Map || value instanceof List ? null : value.toString();
  }
}
