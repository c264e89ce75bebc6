package io.c360.e2e;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A small outdoor shop: eight products in two categories, one of them sold out. Its catalog and
 * inventory reach C360 as import files, as a retailer's nightly export would.
 */
final class Shop {

  static final Product STORM_JACKET =
      product("E2E-JACKET", "Storm Jacket", "Outerwear", "129.00", 7);
  static final Product TRAIL_BOOTS = product("E2E-BOOTS", "Trail Boots", "Footwear", "149.00", 0);
  static final Product WOOL_SOCKS = product("E2E-SOCKS", "Wool Socks", "Footwear", "12.50", 40);
  static final Product RAIN_HAT = product("E2E-HAT", "Rain Hat", "Outerwear", "24.00", 15);
  static final Product FLEECE = product("E2E-FLEECE", "Alpine Fleece", "Outerwear", "79.00", 9);
  static final Product GLOVES = product("E2E-GLOVES", "Grip Gloves", "Outerwear", "19.90", 30);
  static final Product SANDALS = product("E2E-SANDALS", "River Sandals", "Footwear", "45.00", 12);
  static final Product GAITERS = product("E2E-GAITERS", "Snow Gaiters", "Footwear", "32.00", 5);

  private Shop() {}

  static List<Product> products() {
    return List.of(
        STORM_JACKET, TRAIL_BOOTS, WOOL_SOCKS, RAIN_HAT, FLEECE, GLOVES, SANDALS, GAITERS);
  }

  static Product bySku(String sku) {
    return products().stream()
        .filter(p -> p.sku().equals(sku))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("not a product of the shop: " + sku));
  }

  /** ingest's {@code catalog} import file. */
  static String catalogCsv() {
    return "sku,name,category,brand,price,currency,image_url,url\n"
        + products().stream()
            .map(
                p ->
                    String.join(
                        ",",
                        p.sku(),
                        p.name(),
                        p.category(),
                        "C360 Outdoor",
                        p.price().toPlainString(),
                        "USD",
                        "https://shop.example.com/img/" + p.sku() + ".jpg",
                        "https://shop.example.com/p/" + p.sku()))
            .collect(Collectors.joining("\n", "", "\n"));
  }

  /** ingest's {@code inventory} import file. */
  static String inventoryCsv() {
    return "sku,location,quantity\n"
        + products().stream()
            .map(p -> p.sku() + ",all," + p.stock())
            .collect(Collectors.joining("\n", "", "\n"));
  }

  private static Product product(
      String sku, String name, String category, String price, int stock) {
    return new Product(sku, name, category, new BigDecimal(price), stock);
  }
}
