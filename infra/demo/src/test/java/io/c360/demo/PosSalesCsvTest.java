package io.c360.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PosSalesCsvTest {

  private static final Instant NOW = Instant.parse("2026-11-22T12:00:00.123Z");

  private final List<String> lines =
      PosSalesCsv.content(SampleCustomer.ann(), SampleCustomer.ben(), NOW).lines().toList();

  @Test
  void startsWithTheHeaderIngestExpects() {
    assertThat(lines.getFirst())
        .isEqualTo(
            "transaction_id,store_id,occurred_at,loyalty_id,email,phone,first_name,last_name,"
                + "postcode,sku,quantity,unit_price,currency,transaction_type");
  }

  @Test
  void holdsTwoSalesOfTwoContiguousItemsARefundAndTwoBadRows() {
    List<List<String>> rows = lines.stream().skip(1).map(PosSalesCsvTest::fields).toList();

    assertThat(rows).hasSize(7).allSatisfy(row -> assertThat(row).hasSize(14));
    assertThat(rows.stream().map(row -> row.getFirst()))
        .containsExactly("T-9001", "T-9001", "T-9002", "T-9003", "T-9003", "T-9004", "T-9001");
    assertThat(rows.stream().map(row -> row.get(13)))
        .containsExactly("sale", "sale", "sale", "sale", "sale", "sale", "refund");
    assertThat(rows.get(0).get(2)).isEqualTo("2026-11-19T12:00:00Z");
    assertThat(PosSalesCsv.BAD_ROWS).containsExactly(3, 6);
    assertThat(rows.get(2).get(10)).isEqualTo("two");
    assertThat(rows.get(5).get(2)).isEmpty();
  }

  @Test
  void quotesFieldsWithSpaces() {
    assertThat(lines.get(1)).contains(",\"(415) 555-0100\",");
    assertThat(PosSalesCsv.quoted("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(PosSalesCsv.quoted("+14155550100")).isEqualTo("+14155550100");
  }

  /** Splits one line of this file: fields are plain or quoted without embedded commas. */
  private static List<String> fields(String line) {
    return Arrays.stream(line.split(",", -1)).map(f -> f.replace("\"", "")).toList();
  }
}
