package io.c360.common.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One record on {@code c360.catalog.v1}: either a catalog item ({@code kind = "item"}, key {@code
 * sku}) or a stock level at one location ({@code kind = "inventory"}, key {@code sku@location}).
 * Keys differ by kind so that compaction keeps the latest item and the latest stock per location.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CatalogUpdate(
    String kind,
    String sku,
    @Nullable String name,
    @Nullable String category,
    @Nullable String brand,
    @Nullable BigDecimal price,
    @Nullable String currency,
    @Nullable String imageUrl,
    @Nullable String url,
    @Nullable String location,
    @Nullable Long quantity,
    @Nullable Map<String, Object> attributes,
    Instant updatedAt,
    String source) {

  public static final String ITEM = "item";
  public static final String INVENTORY = "inventory";

  /** The Kafka key: the sku for an item, {@code sku@location} for a stock level. */
  public String key() {
    return INVENTORY.equals(kind) ? sku + "@" + (location == null ? "all" : location) : sku;
  }
}
