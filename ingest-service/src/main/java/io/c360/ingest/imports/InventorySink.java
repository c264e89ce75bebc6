package io.c360.ingest.imports;

import io.c360.common.catalog.CatalogUpdate;
import java.time.Instant;
import java.util.List;

/** Inventory rows ({@code sku,location,quantity}) to stock-level updates. */
final class InventorySink implements RowSink {

  private final Instant updatedAt;

  InventorySink(Instant updatedAt) {
    this.updatedAt = updatedAt;
  }

  @Override
  public List<String> accept(Row row, Output out) {
    Fields f = new Fields(row);
    String sku = f.required("sku");
    Long quantity = f.integer("quantity", true, 0);
    String location = f.text("location");
    if (!f.reasons().isEmpty()) {
      return f.reasons();
    }
    out.catalog(
        new CatalogUpdate(
            CatalogUpdate.INVENTORY,
            sku,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            location == null ? "all" : location,
            quantity,
            null,
            updatedAt,
            "import"));
    return List.of();
  }
}
