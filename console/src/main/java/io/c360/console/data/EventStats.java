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
 * <p>Read as: {@code {"hours":24,"buckets":[{"source":"web","hour":"2026-12-03T16:00:00Z",
 * "accepted":12,"duplicates":1,"quarantined":{"invalid-json":2}}]}}; {@code quarantined} may also
 * be a list of {@code {"reason":..,"count":..}}, and a field a later version adds is ignored.
 *
 * @param reasons every quarantine reason seen, in order, the table's columns
 */
record EventStats(int hours, List<SourceRow> sources, List<String> reasons, String hourlyChart) {

  /** One source's totals over the window. */
  record SourceRow(String source, long accepted, long duplicates, Map<String, Long> quarantined) {

    public long quarantinedTotal() {
      return quarantined.values().stream().mapToLong(Long::longValue).sum();
    }

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
    for (Object item : buckets(answer)) {
      if (!(item instanceof Map<?, ?> bucket)) {
        continue;
      }
      String source = String.valueOf(bucket.get("source"));
      String hour = String.valueOf(bucket.get("hour"));
      long accepted = count(bucket.get("accepted"));
      long duplicates = count(bucket.get("duplicates"));
      Map<String, Long> quarantined = reasons(bucket.get("quarantined"));
      long[] total = totals.computeIfAbsent(source, s -> new long[2]);
      total[0] += accepted;
      total[1] += duplicates;
      Map<String, Long> byReason = quarantine.computeIfAbsent(source, s -> new TreeMap<>());
      quarantined.forEach((reason, n) -> byReason.merge(reason, n, Long::sum));
      reasons.addAll(quarantined.keySet());
      long[] hourly = perHour.computeIfAbsent(hour, h -> new long[3]);
      hourly[0] += accepted;
      hourly[1] += duplicates;
      hourly[2] += quarantined.values().stream().mapToLong(Long::longValue).sum();
    }
    List<SourceRow> sources = new ArrayList<>();
    totals.forEach(
        (source, t) ->
            sources.add(new SourceRow(source, t[0], t[1], Map.copyOf(quarantine.get(source)))));
    return new EventStats(hours, List.copyOf(sources), List.copyOf(reasons), chart(perHour));
  }

  long total(String outcome) {
    return switch (outcome) {
      case "accepted" -> sources.stream().mapToLong(SourceRow::accepted).sum();
      case "duplicates" -> sources.stream().mapToLong(SourceRow::duplicates).sum();
      case "quarantined" -> sources.stream().mapToLong(SourceRow::quarantinedTotal).sum();
      default -> throw new IllegalArgumentException("no outcome " + outcome);
    };
  }

  /** For templates: {@link #total(String)}. */
  public long accepted() {
    return total("accepted");
  }

  public long duplicates() {
    return total("duplicates");
  }

  public long quarantinedTotal() {
    return total("quarantined");
  }

  private static List<?> buckets(Map<String, Object> answer) {
    return answer.get("buckets") instanceof List<?> list ? list : List.of();
  }

  private static Map<String, Long> reasons(@Nullable Object quarantined) {
    Map<String, Long> reasons = new LinkedHashMap<>();
    if (quarantined instanceof Map<?, ?> map) {
      map.forEach((reason, n) -> reasons.merge(String.valueOf(reason), count(n), Long::sum));
    } else if (quarantined instanceof List<?> list) {
      for (Object item : list) {
        if (item instanceof Map<?, ?> entry) {
          reasons.merge(String.valueOf(entry.get("reason")), count(entry.get("count")), Long::sum);
        }
      }
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
