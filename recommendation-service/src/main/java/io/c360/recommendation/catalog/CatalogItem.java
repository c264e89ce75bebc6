package io.c360.recommendation.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A product as recommendations show it: what the catalog says about it and its stock per location.
 * An item is complete (may be shown) only when it has a name, a price and a currency.
 */
public record CatalogItem(
    String sku,
    @Nullable String name,
    @Nullable String category,
    @Nullable BigDecimal price,
    @Nullable String currency,
    @Nullable String imageUrl,
    Map<String, Long> stockByLocation,
    Instant updatedAt) {

  public CatalogItem {
    stockByLocation = Map.copyOf(stockByLocation);
  }

  /** Units in stock over every location. */
  public long stock() {
    long total = 0;
    for (long units : stockByLocation.values()) {
      total += units;
    }
    return total;
  }

  public boolean complete() {
    return name != null && price != null && currency != null;
  }

  public boolean inStock() {
    return stock() > 0;
  }
}
