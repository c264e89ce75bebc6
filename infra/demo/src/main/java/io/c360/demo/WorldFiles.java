package io.c360.demo;

import io.c360.common.event.CustomerEvent;
import io.c360.common.identifier.IdentifierType;
import io.c360.synthetic.Product;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The files a retailer's back office would drop for C360, written from the synthetic world in the
 * columns of ingest's imports (docs/ingest.md): catalog and inventory from the products, POS sales
 * from the store orders and refunds, support tickets from the closed tickets. Pure functions of
 * their input, so the same world gives the same files.
 */
final class WorldFiles {

  static final String CATALOG_HEADER = "sku,name,category,brand,price,currency,image_url,url";
  static final String INVENTORY_HEADER = "sku,location,quantity";
  static final String POS_HEADER =
      "transaction_id,store_id,occurred_at,loyalty_id,email,phone,first_name,last_name,postcode,"
          + "sku,quantity,unit_price,currency,transaction_type";
  static final String SUPPORT_HEADER =
      "ticket_id,closed_at,user_id,email,phone,loyalty_id,subject,channel,csat";

  /**
   * A till row that is wrong on purpose (its quantity is "two"), appended to the POS file so the
   * import shows how a bad row is rejected with its row number and reason while the rest is kept.
   */
  static final String BAD_POS_ROW =
      "DEMO-BAD-1,store-001,2026-01-01T10:00:00Z,,,,,,,COF-0001,two,9.99,USD,sale";

  static final String BRAND = "C360 Market";

  private WorldFiles() {}

  static String catalog(List<Product> products) {
    List<String> lines = new ArrayList<>(products.size() + 1);
    lines.add(CATALOG_HEADER);
    for (Product p : products) {
      lines.add(
          csv(
              p.sku(),
              p.name(),
              p.category(),
              BRAND,
              p.price().toPlainString(),
              p.currency(),
              p.imageUrl(),
              "https://shop.c360.example/p/" + p.sku().toLowerCase(Locale.ROOT)));
    }
    return String.join("\n", lines) + "\n";
  }

  /** One row per product and location, locations in name order. */
  static String inventory(List<Product> products) {
    List<String> lines = new ArrayList<>();
    lines.add(INVENTORY_HEADER);
    for (Product p : products) {
      new TreeMap<>(p.stockByLocation())
          .forEach((location, quantity) -> lines.add(csv(p.sku(), location, quantity.toString())));
    }
    return String.join("\n", lines) + "\n";
  }

  /**
   * One row per order line of each store order (Order Completed, {@code sale}) and refund (Order
   * Refunded, {@code refund}), in the order given; an order's lines are contiguous, as ingest needs
   * them. The till file has the loyalty card only and list prices: a coupon's discount is not in
   * the columns ingest reads.
   *
   * @param withBadRow whether to append {@link #BAD_POS_ROW}
   */
  static String posSales(List<CustomerEvent> storeEvents, boolean withBadRow) {
    List<String> lines = new ArrayList<>();
    lines.add(POS_HEADER);
    for (CustomerEvent e : storeEvents) {
      Map<String, Object> properties = properties(e);
      String type =
          switch (String.valueOf(e.event())) {
            case "Order Completed" -> "sale";
            case "Order Refunded" -> "refund";
            default ->
                throw new IllegalArgumentException("not a store order or refund: " + e.event());
          };
      String loyaltyId = loyaltyId(e);
      for (Object line : list(properties.get("products"))) {
        Map<?, ?> product = (Map<?, ?>) line;
        lines.add(
            csv(
                text(properties.get("order_id")),
                text(properties.get("store_id")),
                e.timestamp().toString(),
                loyaltyId,
                "",
                "",
                "",
                "",
                "",
                text(product.get("sku")),
                text(product.get("quantity")),
                amount(product.get("price")),
                text(properties.getOrDefault("currency", "USD")),
                type));
      }
    }
    if (withBadRow) {
      lines.add(BAD_POS_ROW);
    }
    return String.join("\n", lines) + "\n";
  }

  /** One row per closed ticket: who (userId and email), when, subject, channel and CSAT. */
  static String supportTickets(List<CustomerEvent> supportEvents) {
    List<String> lines = new ArrayList<>();
    lines.add(SUPPORT_HEADER);
    for (CustomerEvent e : supportEvents) {
      Map<String, Object> properties = properties(e);
      String email =
          e.identifiers().stream()
              .filter(id -> id.type() == IdentifierType.EMAIL)
              .map(id -> id.value())
              .findFirst()
              .orElse("");
      lines.add(
          csv(
              text(properties.get("ticket_id")),
              e.timestamp().toString(),
              e.userId() == null ? "" : e.userId(),
              email,
              "",
              "",
              text(properties.get("subject")),
              text(properties.get("channel")),
              text(properties.get("csat"))));
    }
    return String.join("\n", lines) + "\n";
  }

  /** A CSV line; a field with a comma, quote or line break is quoted, quotes doubled. */
  static String csv(String... fields) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        line.append(',');
      }
      String field = fields[i];
      if (field.contains(",") || field.contains("\"") || field.contains("\n")) {
        line.append('"').append(field.replace("\"", "\"\"")).append('"');
      } else {
        line.append(field);
      }
    }
    return line.toString();
  }

  private static String loyaltyId(CustomerEvent e) {
    return e.identifiers().stream()
        .filter(id -> id.type() == IdentifierType.LOYALTY_ID)
        .map(id -> id.value())
        .findFirst()
        .orElse("");
  }

  private static Map<String, Object> properties(CustomerEvent e) {
    return e.properties() == null ? Map.of() : e.properties();
  }

  private static List<?> list(@Nullable Object value) {
    return value instanceof List<?> list ? list : List.of();
  }

  private static String text(@Nullable Object value) {
    return value == null ? "" : value.toString();
  }

  private static String amount(@Nullable Object value) {
    return value instanceof BigDecimal d ? d.toPlainString() : text(value);
  }
}
