package io.c360.scoring.features;

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
   * is the revenue (else total) of an order, the refunded amount (positive) of "Order Refunded",
   * the price of a subscription, else the first of revenue/total/amount/price present. {@code
   * discount} comes from properties.discount; {@code category} from the properties or the first
   * product. Lenient: missing or odd values become 0 or null; never throws.
   */
  public static HistoryEvent of(CustomerEvent event) {
    String name =
        event.type() == EventType.TRACK && event.event() != null
            ? event.event()
            : event.type().wireName();
    Map<String, Object> properties = event.properties() == null ? Map.of() : event.properties();
    Map<?, ?> firstProduct =
        properties.get("products") instanceof List<?> products
                && !products.isEmpty()
                && products.getFirst() instanceof Map<?, ?> product
            ? product
            : Map.of();
    double amount =
        switch (name) {
          case ORDER_REFUNDED -> Math.abs(firstNumber(properties, "total", "revenue", "amount"));
          case "Subscription Started", "Subscription Renewed", "Subscription Cancelled" ->
              firstNumber(properties, "price", "amount", "total", "revenue");
          default -> firstNumber(properties, "revenue", "total", "amount", "price");
        };
    double csat = number(properties.get("csat"));
    return new HistoryEvent(
        event.timestamp(),
        name,
        event.source() == null ? "" : event.source(),
        text(properties.get("category"), firstProduct.get("category")),
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
