package io.c360.console.data;

import io.c360.console.web.Charts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The events ingest-service received over the last hours, from its {@code GET
 * /v1/events/stats?hours=}: per source and hour bucket, accepted, duplicates dropped and
 * quarantined by reason. Totals per source (a table) and per hour (a chart).
 *
 * <p>Read as ingest-service answers: {@code {"hours":24,"scope":"instance","buckets":[{"hour":
 * "2026-12-03T16:00:00Z","source":"web","accepted":12,"duplicates":1,"quarantined":2,
 * "quarantinedByReason":{"invalid json":2}}]}}; a field a later version adds is ignored.
 *
 * @param reasons every quarantine reason seen, in order, the table's columns
 * @param perInstance the counts are those of the ingest-service instance that answered, since it
 *     started ({@code "scope":"instance"})
 */
record EventStats(
    int hours,
    List<SourceRow> sources,
    List<String> reasons,
    String hourlyChart,
    boolean perInstance) {

  /** One source's totals over the window. */
  record SourceRow(
      String source,
      long accepted,
      long duplicates,
      long quarantinedTotal,
      Map<String, Long> quarantined) {

    public long quarantined(String reason) {
      return quarantined.getOrDefault(reason, 0L);
    }
  }

  static EventStats parse(Map<String, Object> answer, int requestedHours) {
    int hours = answer.get("hours") instanceof Number n ? n.intValue() : requestedHours;
    Map<String, long[]> totals = new TreeMap<>();
    Map<String, Map<String, Long>> quarantine = new TreeMap<>();
    Map<String, long[]> perHour = new TreeMap<>();
    TreeSet<String> reasons = new TreeSet<>();
    List<?> buckets = answer.get("buckets") instanceof List<?> list ? list : List.of();
    for (Object item : buckets) {
      if (!(item instanceof Map<?, ?> bucket)) {
        continue;
      }
      String source = String.valueOf(bucket.get("source"));
      String hour = String.valueOf(bucket.get("hour"));
      long accepted = count(bucket.get("accepted"));
      long duplicates = count(bucket.get("duplicates"));
      Map<String, Long> byReason = reasons(bucket.get("quarantinedByReason"));
      long quarantined =
          bucket.get("quarantined") instanceof Number n
              ? n.longValue()
              : byReason.values().stream().mapToLong(Long::longValue).sum();
      long[] total = totals.computeIfAbsent(source, s -> new long[3]);
      total[0] += accepted;
      total[1] += duplicates;
      total[2] += quarantined;
      Map<String, Long> sourceReasons = quarantine.computeIfAbsent(source, s -> new TreeMap<>());
      byReason.forEach((reason, n) -> sourceReasons.merge(reason, n, Long::sum));
      reasons.addAll(byReason.keySet());
      long[] hourly = perHour.computeIfAbsent(hour, h -> new long[3]);
      hourly[0] += accepted;
      hourly[1] += duplicates;
      hourly[2] += quarantined;
    }
    List<SourceRow> sources = new ArrayList<>();
    totals.forEach(
        (source, t) ->
            sources.add(
                new SourceRow(source, t[0], t[1], t[2], Map.copyOf(quarantine.get(source)))));
    return new EventStats(
        hours,
        List.copyOf(sources),
        List.copyOf(reasons),
        chart(perHour),
        "instance".equals(answer.get("scope")));
  }

  public long accepted() {
    return sources.stream().mapToLong(SourceRow::accepted).sum();
  }

  public long duplicates() {
    return sources.stream().mapToLong(SourceRow::duplicates).sum();
  }

  public long quarantinedTotal() {
    return sources.stream().mapToLong(SourceRow::quarantinedTotal).sum();
  }

  private static Map<String, Long> reasons(@Nullable Object byReason) {
    Map<String, Long> reasons = new LinkedHashMap<>();
    if (byReason instanceof Map<?, ?> map) {
      map.forEach((reason, n) -> reasons.merge(String.valueOf(reason), count(n), Long::sum));
    }
    reasons.values().removeIf(n -> n == 0);
    return reasons;
  }

  private static long count(@Nullable Object value) {
    return value instanceof Number n ? n.longValue() : 0;
  }

  private static String chart(Map<String, long[]> perHour) {
    List<String> hours = new ArrayList<>();
    Map<String, List<Double>> series = new LinkedHashMap<>();
    series.put("accepted", new ArrayList<>());
    series.put("duplicates", new ArrayList<>());
    series.put("quarantined", new ArrayList<>());
    perHour.forEach(
        (hour, counts) -> {
          hours.add(hour.length() >= 16 ? hour.substring(5, 16).replace('T', ' ') : hour);
          series.get("accepted").add((double) counts[0]);
          series.get("duplicates").add((double) counts[1]);
          series.get("quarantined").add((double) counts[2]);
        });
    return Charts.bars("Events per hour (UTC), all sources", hours, series);
  }
}
