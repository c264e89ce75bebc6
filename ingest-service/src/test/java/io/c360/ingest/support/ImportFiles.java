package io.c360.ingest.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** Files for import tests, written into the test blob store (target/test-blobs). */
public final class ImportFiles {

  public static final String POS_HEADER =
      "transaction_id,store_id,occurred_at,loyalty_id,email,phone,first_name,last_name,postcode,"
          + "sku,quantity,unit_price,currency,transaction_type";

  private ImportFiles() {}

  /** A POS file with four good rows (three orders) and five bad ones, one per rejection reason. */
  public static String posSalesWithGoodAndBadRows(String prefix) {
    return String.join(
            "\n",
            POS_HEADER,
            prefix
                + "T1,S1,2026-11-01T10:15:00Z,L-"
                + prefix
                + ",Ann@Example.com,(415) 555-2671,Ann,Lee,94107,SKU-1,2,19.90,USD,sale",
            prefix
                + "T1,S1,2026-11-01T10:15:00Z,L-"
                + prefix
                + ",Ann@Example.com,(415) 555-2671,Ann,Lee,94107,SKU-2,1,5.00,USD,sale",
            prefix
                + "T2,S1,2026-11-01T11:00:00Z,,bob@example.com,,Bob,Ray,94110,SKU-3,two,3.00,USD,sale",
            prefix + "T3,S2,,L-200,,,Cy,Dee,10001,SKU-4,1,9.99,USD,sale",
            prefix
                + "T4,S2,2026-11-02T09:00:00+01:00,L-"
                + prefix
                + "2,,,Cy,Dee,10001,SKU-4,1,9.99,eur,refund",
            prefix + "T5,S2,2026-11-02 12:30:00,,,,,,,SKU-5,3,1.50,,",
            ",S2,2026-11-02T12:30:00Z,,,,,,,SKU-5,1,1.50,USD,sale",
            prefix + "T6,S3,2026-11-03T08:00:00Z,L-300,,,,,,SKU-6,1,-4.00,USD,sale",
            prefix + "T7,S3,2026-11-03T08:00:00Z,L-300,,,,,,SKU-6")
        + "\n";
  }

  /**
   * A POS file of {@code orders} orders of two lines each (order {@code i} has transaction id
   * {@code <prefix>-<i>}); after every 10th order a line with a bad quantity, which is rejected.
   */
  public static String posOrders(String prefix, int orders) {
    var file = new StringBuilder(POS_HEADER).append('\n');
    for (int i = 1; i <= orders; i++) {
      String start = prefix + "-" + i + ",S1,2026-11-01T10:15:00Z,L-" + prefix + "-" + i + ",,,,,,";
      file.append(start).append("SKU-1,2,19.90,USD,sale\n");
      file.append(start).append("SKU-2,1,5.00,USD,sale\n");
      if (i % 10 == 0) {
        file.append(start).append("SKU-3,x,1.00,USD,sale\n");
      }
    }
    return file.toString();
  }

  /**
   * A wholesale retailer's own export, as it comes (the columns and formats of the well-known
   * online-retail data set): US-style dates without a zone, a cancelled invoice ({@code C...}) with
   * a negative quantity, a quantity that is not a number and a date in another format. Invoice
   * numbers carry the prefix so each test's rows are its own.
   */
  public static String retailerExport(String prefix) {
    return String.join(
        "\n",
        "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country",
        prefix
            + "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,12/1/2010 8:26,2.55,17850,"
            + "United Kingdom",
        prefix + "536365,71053,WHITE METAL LANTERN,6,12/1/2010 8:26,3.39,17850,United Kingdom",
        prefix + "536366,22633,HAND WARMER UNION JACK,6,12/1/2010 8:28,1.85,17850,United Kingdom",
        "C" + prefix + "536379,D,Discount,-1,12/1/2010 9:41,27.50,14527,United Kingdom",
        prefix + "536380,22961,JAM MAKING SET PRINTED,abc,12/1/2010 9:45,1.45,17809,United Kingdom",
        prefix + "536381,22139,RETROSPOT TEA SET,1,2010-12-01,4.25,15311,United Kingdom",
        "");
  }

  /** The options that read {@link #retailerExport} as it is. */
  public static java.util.Map<String, Object> retailerOptions() {
    return java.util.Map.of(
        "mapping",
        java.util.Map.of(
            "transaction_id", "InvoiceNo",
            "sku", "StockCode",
            "quantity", "Quantity",
            "occurred_at", "InvoiceDate",
            "unit_price", "UnitPrice",
            "loyalty_id", "CustomerID",
            "currency", "=GBP"),
        "timestampFormat",
        "M/d/yyyy H:mm",
        "zone",
        "Europe/London",
        "negativeQuantity",
        "refund");
  }

  /** Writes a file into the test blob store and returns its key. */
  public static String write(String name, String content) {
    String key = "imports/" + UUID.randomUUID() + "-" + name;
    Path path = Path.of("target/test-blobs").resolve(key);
    try {
      Files.createDirectories(path.getParent());
      Files.writeString(path, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return key;
  }
}
