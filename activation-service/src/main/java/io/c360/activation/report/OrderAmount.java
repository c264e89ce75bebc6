package io.c360.activation.report;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one rule activation uses for what an order is worth, the same as identity-service's for
 * lifetime value: the {@code revenue} property, else {@code total}, else the sum of the {@code
 * products}' {@code price} × {@code quantity} (a missing quantity counts as one), else zero. Kept
 * in one place so it can give way to the typed commerce part of the event once {@code common} has
 * it.
 */
public final class OrderAmount {

  private OrderAmount() {}

  public static BigDecimal of(@Nullable Map<String, Object> properties) {
    if (properties == null) {
      return BigDecimal.ZERO;
    }
    for (String name : new String[] {"revenue", "total"}) {
      BigDecimal amount = decimal(properties.get(name));
      if (amount != null) {
        return amount;
      }
    }
    BigDecimal sum = BigDecimal.ZERO;
    if (properties.get("products") instanceof List<?> products) {
      for (Object product : products) {
        if (product instanceof Map<?, ?> line) {
          BigDecimal price = decimal(line.get("price"));
          BigDecimal quantity = decimal(line.get("quantity"));
          if (price != null) {
            sum = sum.add(price.multiply(quantity == null ? BigDecimal.ONE : quantity));
          }
        }
      }
    }
    return sum;
  }

  /** A number, or a string holding one; null for anything else. */
  private static @Nullable BigDecimal decimal(@Nullable Object value) {
    return switch (value) {
      case null -> null;
      case BigDecimal d -> d;
      case BigInteger i -> new BigDecimal(i);
      case Long l -> BigDecimal.valueOf(l);
      case Integer i -> BigDecimal.valueOf(i);
      case Number n when Double.isFinite(n.doubleValue()) -> new BigDecimal(n.toString());
      case String s -> parse(s);
      default -> null;
    };
  }

  private static @Nullable BigDecimal parse(String text) {
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
