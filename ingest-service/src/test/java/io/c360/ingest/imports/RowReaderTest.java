package io.c360.ingest.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.c360.common.json.EventJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RowReaderTest {

  private static List<Row> read(String content, String format) throws IOException {
    List<Row> rows = new ArrayList<>();
    RowReader.forEachRow(
        new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
        format,
        EventJson.mapper(),
        rows::add);
    return rows;
  }

  @Test
  void readsCsvRowsByHeaderWithTrimmedValuesAndNumbersThemFromOne() throws IOException {
    List<Row> rows = read("SKU, Name ,price\n A1 ,\"Shoe, red\",9.90\n\nB2,,1\n", "csv");

    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).number()).isEqualTo(1);
    assertThat(rows.get(0).get("sku")).isEqualTo("A1");
    assertThat(rows.get(0).get("name")).isEqualTo("Shoe, red");
    assertThat(rows.get(1).number()).isEqualTo(2);
    assertThat(rows.get(1).get("name")).isNull();
  }

  @Test
  void flagsACsvRowWithTheWrongNumberOfFields() throws IOException {
    List<Row> rows = read("a,b,c\n1,2\n1,2,3\n", "csv");

    assertThat(rows.get(0).problem()).isEqualTo("the row has 2 fields; the header has 3");
    assertThat(rows.get(1).problem()).isNull();
  }

  @Test
  void failsTheImportWhenTheCsvSyntaxBreaks() {
    assertThatThrownBy(() -> read("a,b\n1,\"unterminated\n", "csv"))
        .isInstanceOf(ImportFailedException.class)
        .hasMessageContaining("after data row 0");
  }

  @Test
  void readsJsonLinesAndFlagsLinesThatAreNotObjects() throws IOException {
    List<Row> rows =
        read("{\"sku\":\"A\",\"quantity\":3}\n[1]\n{oops\n\n{\"sku\":\"B\"}\n", "jsonl");

    assertThat(rows).hasSize(4);
    assertThat(rows.get(0).get("quantity")).isEqualTo("3");
    assertThat(rows.get(1).problem()).isEqualTo("the line is not a JSON object");
    assertThat(rows.get(2).problem()).startsWith("the line is not valid JSON");
    assertThat(rows.get(3).number()).isEqualTo(4);
  }

  @Test
  void streamsMillionsOfRowsOneAtATime() throws IOException {
    long rowsWanted = 2_000_000;
    byte[] row = "SKU-123456,Some product name,19.90\n".getBytes(StandardCharsets.UTF_8);
    InputStream header =
        new ByteArrayInputStream("sku,name,price\n".getBytes(StandardCharsets.UTF_8));
    InputStream body =
        new InputStream() {
          long emitted;
          int pos;

          @Override
          public int read() {
            if (emitted == rowsWanted) {
              return -1;
            }
            int b = row[pos++];
            if (pos == row.length) {
              pos = 0;
              emitted++;
            }
            return b;
          }
        };
    AtomicLong count = new AtomicLong();
    RowReader.forEachRow(
        new SequenceInputStream(Collections.enumeration(List.of(header, body))),
        "csv",
        EventJson.mapper(),
        r -> count.incrementAndGet());

    assertThat(count.get()).isEqualTo(rowsWanted);
  }
}
