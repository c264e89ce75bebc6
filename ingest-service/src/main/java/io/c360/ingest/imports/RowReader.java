package io.c360.ingest.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams the rows of a CSV (header row required) or JSON-lines file one at a time, so a file of
 * any size is read in constant memory.
 */
final class RowReader {

  private RowReader() {}

  static void forEachRow(InputStream in, String format, JsonMapper json, Consumer<Row> action)
      throws IOException {
    var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 64 * 1024);
    if ("jsonl".equals(format)) {
      readJsonLines(reader, json, action);
    } else {
      readCsv(reader, action);
    }
  }

  private static void readCsv(BufferedReader reader, Consumer<Row> action) throws IOException {
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get();
    try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
      int columns = parser.getHeaderNames().size();
      long number = 0;
      Iterator<CSVRecord> records = parser.iterator();
      while (true) {
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          throw new ImportFailedException(
              "the CSV cannot be parsed after data row " + number + ": " + e.getMessage(), e);
        } catch (NoSuchElementException e) {
          break;
        }
        number++;
        String raw = String.join(",", record.values());
        if (record.size() != columns) {
          action.accept(
              new Row(
                  number,
                  Map.of(),
                  raw,
                  "the row has " + record.size() + " fields; the header has " + columns));
          continue;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        record
            .toMap()
            .forEach(
                (k, v) -> {
                  if (v != null && !v.isBlank()) {
                    fields.put(k.trim().toLowerCase(java.util.Locale.ROOT), v.trim());
                  }
                });
        action.accept(new Row(number, fields, raw, null));
      }
    }
  }

  private static void readJsonLines(BufferedReader reader, JsonMapper json, Consumer<Row> action)
      throws IOException {
    long number = 0;
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.isBlank()) {
        continue;
      }
      number++;
      JsonNode node;
      try {
        node = json.readTree(line);
      } catch (JacksonException e) {
        action.accept(
            new Row(
                number, Map.of(), line, "the line is not valid JSON: " + e.getOriginalMessage()));
        continue;
      }
      if (!node.isObject()) {
        action.accept(new Row(number, Map.of(), line, "the line is not a JSON object"));
        continue;
      }
      Map<String, String> fields = new LinkedHashMap<>();
      node.properties()
          .forEach(
              e -> {
                JsonNode v = e.getValue();
                if (v.isNull()) {
                  return;
                }
                String text = v.isValueNode() ? v.asString().trim() : v.toString();
                if (!text.isEmpty()) {
                  fields.put(e.getKey(), text);
                }
              });
      action.accept(new Row(number, fields, line, null));
    }
  }
}
