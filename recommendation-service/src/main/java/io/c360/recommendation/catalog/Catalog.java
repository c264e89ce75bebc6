package io.c360.recommendation.catalog;

import io.c360.common.catalog.CatalogUpdate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The catalog and stock levels, kept in memory from {@code c360.catalog.v1} (items by sku, stock by
 * sku and location; the latest update wins). Lookups are by batch, never more than {@link
 * #maxBatch()} skus per call, as a remote product service or a DynamoDB BatchGetItem would allow.
 */
public class Catalog {

  private final Map<String, CatalogItem> items = new ConcurrentHashMap<>();
  private final int maxBatch;

  public Catalog(int maxBatch) {
    this.maxBatch = maxBatch;
  }

  public int maxBatch() {
    return maxBatch;
  }

  /** Applies one record of the catalog topic. */
  public void apply(CatalogUpdate update) {
    items.compute(
        update.sku(),
        (sku, current) -> {
          CatalogItem base =
              current != null
                  ? current
                  : new CatalogItem(sku, null, null, null, null, null, Map.of(), Instant.EPOCH);
          if (CatalogUpdate.INVENTORY.equals(update.kind())) {
            Map<String, Long> stock = new HashMap<>(base.stockByLocation());
            stock.put(
                update.location() == null ? "all" : update.location(),
                update.quantity() == null ? 0L : Math.max(0L, update.quantity()));
            return new CatalogItem(
                sku,
                base.name(),
                base.category(),
                base.price(),
                base.currency(),
                base.imageUrl(),
                stock,
                later(base.updatedAt(), update.updatedAt()));
          }
          return new CatalogItem(
              sku,
              update.name() != null ? update.name() : base.name(),
              update.category() != null ? update.category() : base.category(),
              update.price() != null ? update.price() : base.price(),
              update.currency() != null ? update.currency() : base.currency(),
              update.imageUrl() != null ? update.imageUrl() : base.imageUrl(),
              base.stockByLocation(),
              later(base.updatedAt(), update.updatedAt()));
        });
  }

  /**
   * The items of the given skus that the catalog knows, in the order asked.
   *
   * @throws IllegalArgumentException when asked for more than {@link #maxBatch()} skus
   */
  public Map<String, CatalogItem> lookup(List<String> skus) {
    if (skus.size() > maxBatch) {
      throw new IllegalArgumentException(
          "a catalog lookup takes at most " + maxBatch + " skus, not " + skus.size());
    }
    Map<String, CatalogItem> found = new LinkedHashMap<>();
    for (String sku : skus) {
      CatalogItem item = items.get(sku);
      if (item != null) {
        found.put(sku, item);
      }
    }
    return found;
  }

  public Optional<CatalogItem> item(String sku) {
    return Optional.ofNullable(items.get(sku));
  }

  /** Every complete item, in stock or not (for dataset exports). */
  public List<CatalogItem> all() {
    List<CatalogItem> all = new ArrayList<>();
    for (CatalogItem item : items.values()) {
      if (item.complete()) {
        all.add(item);
      }
    }
    return all;
  }

  public int size() {
    return items.size();
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
