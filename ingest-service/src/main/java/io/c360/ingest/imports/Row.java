package io.c360.ingest.imports;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One data row of an import file.
 *
 * @param number 1-based data row number (the CSV header is not counted)
 * @param fields column name to trimmed value; empty values are absent
 * @param raw the row as read, for the quarantine topic
 * @param problem a reason the row could not even be split into fields, or null
 * @param options how the file writes date-times, decimals and negative quantities
 */
public record Row(
    long number,
    Map<String, String> fields,
    String raw,
    @Nullable String problem,
    ImportOptions.Compiled options) {

  public Row(long number, Map<String, String> fields, String raw, @Nullable String problem) {
    this(number, fields, raw, problem, ImportOptions.Compiled.DEFAULT);
  }

  public @Nullable String get(String column) {
    return fields.get(column);
  }

  Row with(ImportOptions.Compiled options) {
    return new Row(number, fields, raw, problem, options);
  }
}
