package io.c360.synthetic;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A catalog product.
 *
 * @param sku stock-keeping unit, e.g. {@code COF-0007}
 * @param price unit price with two decimals
 * @param currency ISO 4217 code ({@code USD})
 * @param stockByLocation units on hand at the end of the period, by location ({@code web-dc},
 *     {@code store-001}, ...)
 * @param repeatPurchase whether the product is a consumable that customers buy again
 */
public record Product(
    String sku,
    String name,
    String category,
    BigDecimal price,
    String currency,
    String imageUrl,
    Map<String, Integer> stockByLocation,
    boolean repeatPurchase) {

  public Product {
    stockByLocation = Map.copyOf(stockByLocation);
  }
}
