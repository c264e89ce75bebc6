package io.c360.ingest.imports;

import io.c360.common.catalog.CatalogUpdate;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Catalog rows ({@code sku,name,category,brand,price,currency,image_url,url}) to item updates. */
final class CatalogSink implements RowSink {

  private final Instant updatedAt;

  CatalogSink(Instant updatedAt) {
    this.updatedAt = updatedAt;
  }

  @Override
  public List<String> accept(Row row, Output out) {
    Fields f = new Fields(row);
    String sku = f.required("sku");
    String name = f.required("name");
    BigDecimal price = f.amount("price", true);
    String currency = f.currency("currency", "USD");
    if (!f.reasons().isEmpty()) {
      return f.reasons();
    }
    out.catalog(
        new CatalogUpdate(
            CatalogUpdate.ITEM,
            sku,
            name,
            f.text("category"),
            f.text("brand"),
            price,
            currency,
            f.text("image_url"),
            f.text("url"),
            null,
            null,
            null,
            updatedAt,
            "import"));
    return List.of();
  }
}
