package io.c360.demo;

import io.c360.demo.SampleCustomer.Product;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample point-of-sale file: two sales of two line items each (contiguous rows of one
 * transaction form one order), one refund, and two rows that ingest must reject with a reason.
 */
final class PosSalesCsv {

  static final String HEADER =
      "transaction_id,store_id,occurred_at,loyalty_id,email,phone,first_name,last_name,postcode,"
          + "sku,quantity,unit_price,currency,transaction_type";

  /** The data rows (1-based, as ingest numbers them) that are wrong on purpose. */
  static final List<Integer> BAD_ROWS = List.of(3, 6);

  private PosSalesCsv() {}

  /** The file's content, with purchase times a few days before {@code now}. */
  static String content(SampleCustomer ann, SampleCustomer ben, Instant now) {
    Instant today = now.truncatedTo(ChronoUnit.SECONDS);
    String saleAnn = today.minus(Duration.ofDays(3)).toString();
    String saleBen = today.minus(Duration.ofDays(2)).toString();
    String refund = today.minus(Duration.ofDays(1)).toString();
    Product shoe = Product.TRAIL_SHOE;
    Product socks = Product.MERINO_SOCKS;
    Product bottle = Product.WATER_BOTTLE;

    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    // 1-2: Ann buys shoes and socks in store S-01 (one order of two items)
    lines.add(row("T-9001", "S-01", saleAnn, ann, shoe.sku(), "1", shoe.price(), "sale"));
    lines.add(row("T-9001", "S-01", saleAnn, ann, socks.sku(), "2", socks.price(), "sale"));
    // 3: wrong on purpose: the quantity is not a number
    lines.add(row("T-9002", "S-02", saleBen, ben, bottle.sku(), "two", bottle.price(), "sale"));
    // 4-5: Ben buys a bottle and socks in store S-02 (one order of two items)
    lines.add(row("T-9003", "S-02", saleBen, ben, bottle.sku(), "1", bottle.price(), "sale"));
    lines.add(row("T-9003", "S-02", saleBen, ben, socks.sku(), "3", socks.price(), "sale"));
    // 6: wrong on purpose: occurred_at is missing
    lines.add(row("T-9004", "S-02", "", ben, shoe.sku(), "1", shoe.price(), "sale"));
    // 7: Ann brings one pair of socks back (a refund of T-9001)
    lines.add(row("T-9001", "S-01", refund, ann, socks.sku(), "1", socks.price(), "refund"));
    return String.join("\n", lines) + "\n";
  }

  private static String row(
      String transactionId,
      String storeId,
      String occurredAt,
      SampleCustomer customer,
      String sku,
      String quantity,
      BigDecimal unitPrice,
      String type) {
    return String.join(
        ",",
        List.of(
            transactionId,
            storeId,
            occurredAt,
            customer.loyaltyId(),
            customer.email(),
            quoted(customer.phone()),
            customer.firstName(),
            customer.lastName(),
            customer.postcode(),
            sku,
            quantity,
            unitPrice.toPlainString(),
            "USD",
            type));
  }

  /** A CSV field, quoted when it holds a separator, quote or space. */
  static String quoted(String value) {
    if (value.contains(",") || value.contains("\"") || value.contains(" ")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }
}
