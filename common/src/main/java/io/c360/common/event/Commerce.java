package io.c360.common.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The commerce part of a {@link CustomerEvent}: what Segment's e-commerce spec puts in a track
 * event's {@code properties}, typed once at ingest so no service parses {@code properties} for it.
 *
 * <p>{@link #from} is the one rule every service counts orders by:
 *
 * <ul>
 *   <li>{@code orderId} from {@code order_id}, else {@code orderId};
 *   <li>{@code lines} from {@code products[]}, or, when an event carries no {@code products} list,
 *       one line from the top-level product fields (single-product events such as {@code Product
 *       Viewed}); a line's sku is {@code sku}, else {@code product_id}; its {@code quantity} is 1
 *       when missing;
 *   <li>{@code revenue} (the amount) is {@code revenue}, else {@code total}, else the sum of the
 *       lines' {@code price} × {@code quantity}; null when none of them is a number. For {@code
 *       Order Refunded} it is {@code total}, else {@code revenue}, else the sum, and always
 *       positive (the refunded amount): a refund's lines may carry negative quantities, which are
 *       the quantities returned, so they are kept as positive quantities.
 * </ul>
 *
 * <p>Lenient: a value that is missing or not a number (or not a string where text is expected)
 * becomes null; {@link #from} never throws on what a client sent.
 *
 * @param orderId the order, when the event names one
 * @param revenue the amount of the event by the rule above; null when the event carries none
 * @param currency the ISO-4217 code as sent
 * @param lines the products, in the order sent
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Commerce(
    @Nullable String orderId,
    @Nullable BigDecimal revenue,
    @Nullable String currency,
    List<Line> lines) {

  /** The name of the refund event, whose amount is positive and read from total first. */
  public static final String ORDER_REFUNDED = "Order Refunded";

  /** The events of Segment's e-commerce spec (v2) that carry commerce; others carry none. */
  public static final Set<String> EVENTS =
      Set.of(
          "Products Searched",
          "Product List Viewed",
          "Product List Filtered",
          "Product Clicked",
          "Product Viewed",
          "Product Added",
          "Product Removed",
          "Cart Viewed",
          "Checkout Started",
          "Checkout Step Viewed",
          "Checkout Step Completed",
          "Payment Info Entered",
          "Order Updated",
          "Order Completed",
          ORDER_REFUNDED,
          "Order Cancelled",
          "Coupon Entered",
          "Coupon Applied",
          "Coupon Denied",
          "Coupon Removed",
          "Product Added to Wishlist",
          "Product Removed from Wishlist",
          "Wishlist Product Added to Cart",
          "Product Shared",
          "Cart Shared",
          "Product Reviewed");

  public Commerce {
    lines = lines == null ? List.of() : List.copyOf(lines);
  }

  /**
   * One product of the event.
   *
   * @param sku {@code sku}, else {@code product_id}
   * @param quantity {@code quantity}, 1 when missing; positive on a refund
   * @param price the unit price
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Line(
      @Nullable String sku,
      BigDecimal quantity,
      @Nullable BigDecimal price,
      @Nullable String category,
      @Nullable String name) {

    public Line {
      quantity = quantity == null ? BigDecimal.ONE : quantity;
    }
  }

  /** The amount, zero when the event carries none. */
  public BigDecimal amountOrZero() {
    return revenue == null ? BigDecimal.ZERO : revenue;
  }

  /** The category of the first line that has one. */
  public @Nullable String firstCategory() {
    for (Line line : lines) {
      if (line.category() != null) {
        return line.category();
      }
    }
    return null;
  }

  /** The sku of the first line that has one. */
  public @Nullable String firstSku() {
    for (Line line : lines) {
      if (line.sku() != null) {
        return line.sku();
      }
    }
    return null;
  }

  /**
   * The commerce part of a track event named {@code event}, by the rule in the class comment; null
   * when the event is not one of Segment's e-commerce {@link #EVENTS} or carries no commerce field.
   */
  public static @Nullable Commerce from(
      @Nullable String event, @Nullable Map<String, Object> properties) {
    if (event == null || properties == null || !EVENTS.contains(event)) {
      return null;
    }
    boolean refund = ORDER_REFUNDED.equals(event);
    String orderId = text(properties.get("order_id"));
    if (orderId == null) {
      orderId = text(properties.get("orderId"));
    }
    List<Line> lines = new ArrayList<>();
    if (properties.get("products") instanceof List<?> products) {
      for (Object product : products) {
        if (product instanceof Map<?, ?> fields) {
          Line line = line(fields, refund);
          if (line != null) {
            lines.add(line);
          }
        }
      }
    } else {
      Line line = line(properties, refund);
      if (line != null) {
        lines.add(line);
      }
    }
    BigDecimal revenue = decimal(properties.get("revenue"));
    BigDecimal total = decimal(properties.get("total"));
    BigDecimal amount = refund ? first(total, revenue) : first(revenue, total);
    if (amount == null) {
      amount = sum(lines);
    }
    if (refund && amount != null) {
      amount = amount.abs();
    }
    String currency = text(properties.get("currency"));
    if (orderId == null && amount == null && currency == null && lines.isEmpty()) {
      return null;
    }
    return new Commerce(orderId, amount, currency, lines);
  }

  private static @Nullable Line line(Map<?, ?> fields, boolean refund) {
    String sku = text(fields.get("sku"));
    if (sku == null) {
      sku = text(fields.get("product_id"));
    }
    BigDecimal quantity = decimal(fields.get("quantity"));
    BigDecimal price = decimal(fields.get("price"));
    String category = text(fields.get("category"));
    String name = text(fields.get("name"));
    if (sku == null && price == null && category == null && name == null) {
      return null;
    }
    if (quantity != null && refund) {
      quantity = quantity.abs();
    }
    return new Line(sku, quantity == null ? BigDecimal.ONE : quantity, price, category, name);
  }

  /** The sum of price × quantity over the lines with a price; null when no line has one. */
  private static @Nullable BigDecimal sum(List<Line> lines) {
    BigDecimal sum = null;
    for (Line line : lines) {
      if (line.price() != null) {
        BigDecimal value = line.price().multiply(line.quantity());
        sum = sum == null ? value : sum.add(value);
      }
    }
    return sum;
  }

  private static @Nullable BigDecimal first(@Nullable BigDecimal a, @Nullable BigDecimal b) {
    return a != null ? a : b;
  }

  /**
   * A number, or a string holding one, as an exact decimal; null for anything else: how every
   * service reads a number out of an event's free-form properties.
   */
  public static @Nullable BigDecimal decimal(@Nullable Object value) {
    return switch (value) {
      case null -> null;
      case BigDecimal d -> d;
      case BigInteger i -> new BigDecimal(i);
      case Long l -> BigDecimal.valueOf(l);
      case Integer i -> BigDecimal.valueOf(i);
      case Short s -> BigDecimal.valueOf(s);
      case Byte b -> BigDecimal.valueOf(b);
      case Number n when Double.isFinite(n.doubleValue()) -> new BigDecimal(n.toString());
      case String s -> parse(s);
      default -> null;
    };
  }

  private static @Nullable BigDecimal parse(String text) {
    String trimmed = text.strip();
    if (trimmed.isEmpty() || trimmed.length() > 64) {
      return null;
    }
    try {
      return new BigDecimal(trimmed);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A non-blank string (trimmed) or a number as text; null for anything else. */
  private static @Nullable String text(@Nullable Object value) {
    if (value instanceof String s && !s.isBlank()) {
      return s.strip();
    }
    if (value instanceof Number n) {
      return n.toString();
    }
    return null;
  }
}
