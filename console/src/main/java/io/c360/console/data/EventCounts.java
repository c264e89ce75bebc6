package io.c360.console.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Tracking API's message counts by source, type and outcome (accepted, duplicate, rejected),
 * read from ingest-service's Prometheus counter {@code c360_ingest_events_total}: totals since that
 * ingest instance started, not a 24-hour window.
 */
record EventCounts(List<Row> rows) {

  static final String METRIC = "c360_ingest_events_total";
  private static final Pattern LINE =
      Pattern.compile("^" + METRIC + "\\{([^}]*)}\\s+([0-9.eE+-]+)");
  private static final Pattern LABEL = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  /** One combination of labels and its count. */
  record Row(String source, String type, String outcome, long count) {}

  static EventCounts parse(String prometheusText) {
    List<Row> rows = new ArrayList<>();
    for (String line : prometheusText.split("\n")) {
      Matcher m = LINE.matcher(line);
      if (!m.find()) {
        continue;
      }
      Map<String, String> labels = new HashMap<>();
      Matcher label = LABEL.matcher(m.group(1));
      while (label.find()) {
        labels.put(label.group(1), label.group(2));
      }
      rows.add(
          new Row(
              labels.getOrDefault("source", ""),
              labels.getOrDefault("type", ""),
              labels.getOrDefault("outcome", ""),
              Math.round(Double.parseDouble(m.group(2)))));
    }
    rows.sort(
        Comparator.comparing(Row::source).thenComparing(Row::type).thenComparing(Row::outcome));
    return new EventCounts(rows);
  }

  public long total(String outcome) {
    return rows.stream().filter(r -> r.outcome().equals(outcome)).mapToLong(Row::count).sum();
  }
}
