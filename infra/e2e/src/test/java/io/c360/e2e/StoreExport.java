package io.c360.e2e;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A store chain's POS export in ingest's {@code pos-sales} format, big enough that its import is
 * still running seconds after it starts: {@code orders} sales of several lines each, spread over
 * {@code buyers} loyalty-card holders. It is written straight to a file and keeps, per buyer, what
 * the file holds: the number of orders and their value (quantity times unit price, summed).
 */
final class StoreExport {

  /** One card holder and what the file says they bought. */
  record Buyer(String email, String loyaltyId, int orders, BigDecimal lifetimeValue) {}

  private static final String HEADER =
      "transaction_id,store_id,occurred_at,loyalty_id,email,first_name,last_name,sku,quantity,"
          + "unit_price,currency";
  private static final List<String> FIRST_NAMES =
      List.of("Maya", "Omar", "Lena", "Tariq", "Ines", "Jonas", "Priya", "Hugo", "Zofia", "Kwame");

  private final long rows;
  private final List<Buyer> buyers;

  private StoreExport(long rows, List<Buyer> buyers) {
    this.rows = rows;
    this.buyers = List.copyOf(buyers);
  }

  /**
   * Writes the export to {@code file}: order {@code o} is bought by buyer {@code o % buyers}, in
   * one of five stores, with {@code linesPerOrder} lines of 1 to 3 units each.
   */
  static StoreExport write(Path file, String run, int buyers, int orders, int linesPerOrder) {
    Random random = new Random(run.hashCode());
    List<String> emails = new ArrayList<>();
    List<String> loyaltyIds = new ArrayList<>();
    List<String> names = new ArrayList<>();
    int[] orderCounts = new int[buyers];
    BigDecimal[] values = new BigDecimal[buyers];
    for (int b = 0; b < buyers; b++) {
      emails.add("store-" + run + "-" + b + "@example.com");
      loyaltyIds.add("LS" + run.toUpperCase(Locale.ROOT) + b);
      // distinct made-up surnames, so no two card holders look alike to fuzzy matching
      names.add(FIRST_NAMES.get(b % FIRST_NAMES.size()) + "," + surname(random));
      values[b] = BigDecimal.ZERO;
    }
    Instant firstSale = Instant.now().minus(Duration.ofDays(30));
    try {
      Files.createDirectories(file.getParent());
      try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        out.write(HEADER);
        out.newLine();
        for (int o = 0; o < orders; o++) {
          int b = o % buyers;
          String occurredAt = firstSale.plusSeconds(37L * o).toString();
          for (int line = 0; line < linesPerOrder; line++) {
            int quantity = 1 + random.nextInt(3);
            BigDecimal unitPrice = BigDecimal.valueOf(199 + random.nextInt(9800), 2);
            out.write(
                String.join(
                    ",",
                    "T-" + run + "-" + o,
                    "store-" + (o % 5),
                    occurredAt,
                    loyaltyIds.get(b),
                    emails.get(b),
                    names.get(b),
                    "SKU-S" + random.nextInt(50),
                    Integer.toString(quantity),
                    unitPrice.toPlainString(),
                    "USD"));
            out.newLine();
            values[b] = values[b].add(unitPrice.multiply(BigDecimal.valueOf(quantity)));
          }
          orderCounts[b]++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Buyer> list = new ArrayList<>();
    for (int b = 0; b < buyers; b++) {
      list.add(new Buyer(emails.get(b), loyaltyIds.get(b), orderCounts[b], values[b]));
    }
    return new StoreExport((long) orders * linesPerOrder, list);
  }

  /** Data rows in the file (the header not counted). */
  long rows() {
    return rows;
  }

  List<Buyer> buyers() {
    return buyers;
  }

  private static String surname(Random random) {
    StringBuilder name = new StringBuilder().append((char) ('A' + random.nextInt(26)));
    for (int i = 0; i < 9; i++) {
      name.append((char) ('a' + random.nextInt(26)));
    }
    return name.toString();
  }
}
