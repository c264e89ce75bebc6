package io.c360.demo;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * The soak run's samples, one a minute: each service's JVM, each component's resident memory, every
 * consumer group's lag and the load sent so far. Each sample goes to the CSV at once (a run cut
 * short keeps what it measured), as one line of text, and into the verdict at the end.
 */
final class SoakRecord {

  /** The CSV's header: one row per minute, component and metric, so any tool can pivot it. */
  static final String CSV_HEADER = "minute,time,component,metric,value";

  /** How many of the last minutes the heap and lag trends are read over. */
  static final int TREND_MINUTES = 20;

  /** A heap trend below this (MB/min, either way) reads as flat: 20 MB over 20 minutes. */
  static final double FLAT_HEAP_MB_PER_MINUTE = 1.0;

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

  /**
   * What the load had done by a sample.
   *
   * @param eventsDue events the fixed rate asked for so far
   * @param eventsAccepted events ingest accepted so far (answered batches)
   * @param recommendationCalls recommendation calls answered so far
   * @param recommendationFailures those answered with another status than 200, or not at all
   * @param recommendationP50Ms median latency of the calls since the previous sample
   * @param recommendationP99Ms 99th percentile latency of the calls since the previous sample
   */
  record Load(
      long eventsDue,
      long eventsAccepted,
      long recommendationCalls,
      long recommendationFailures,
      double recommendationP50Ms,
      double recommendationP99Ms) {}

  /**
   * One sample.
   *
   * @param minute minutes since the load started (0: just before; the last one: after the drain)
   * @param services each service's JVM, by short name
   * @param rssMb resident memory of each process ./c360 started, by name (devstack included)
   * @param dataMb the size of the platform's data directory (Kafka's log, DynamoDB Local's file)
   * @param loadAverage the machine's one-minute load average (other work on the same cores shows
   *     here)
   * @param groups every consumer group, by id
   */
  record Minute(
      int minute,
      Instant at,
      Map<String, JvmSample> services,
      Map<String, Double> rssMb,
      double dataMb,
      double loadAverage,
      Map<String, ConsumerLag.Group> groups,
      Load load) {

    /** The lag of a service's active consumer groups, summed; null when it has none. */
    @Nullable Long lag(String service) {
      long sum = 0;
      boolean any = false;
      for (ConsumerLag.Group g : groups.values()) {
        if (g.active() && service.equals(owner(g.groupId()))) {
          sum += g.behind();
          any = true;
        }
      }
      return any ? sum : null;
    }
  }

  /**
   * What a service did over the run.
   *
   * @param heapSlopeMbPerMinute least-squares slope of its heap over the trend window
   * @param heapBasis "after GC" or "used" (when the JVM never reported its heap after a GC)
   * @param lagFirst its consumer groups' lag at the first minute of load (null: no group)
   */
  record Verdict(
      String service,
      double heapSlopeMbPerMinute,
      String heapBasis,
      double heapFirstMb,
      double heapLastMb,
      double maxGcPauseMs,
      double gcPauseMsPerMinute,
      double meanCpuPercent,
      @Nullable Long lagFirst,
      @Nullable Long lagLast,
      @Nullable Long lagMax,
      double lagSlopePerMinute,
      String reading) {}

  private final List<Minute> minutes = new ArrayList<>();
  private final Writer csv;

  SoakRecord(Writer csv) {
    this.csv = csv;
    write(CSV_HEADER + "\n");
  }

  List<Minute> minutes() {
    return List.copyOf(minutes);
  }

  /** Records a sample and writes its CSV rows. */
  void add(Minute m) {
    minutes.add(m);
    StringBuilder rows = new StringBuilder();
    String prefix = m.minute() + "," + m.at() + ",";
    m.services()
        .forEach(
            (name, s) -> {
              row(rows, prefix, name, "heap_used_mb", s.heapUsedMb());
              row(rows, prefix, name, "heap_after_gc_mb", s.heapAfterGcMb());
              row(rows, prefix, name, "heap_max_mb", s.heapMaxMb());
              row(rows, prefix, name, "gc_pauses", s.gcPauses());
              row(rows, prefix, name, "gc_pause_total_ms", s.gcPauseMs());
              row(rows, prefix, name, "gc_pause_max_ms", s.gcPauseMaxMs());
              row(rows, prefix, name, "cpu_percent", s.cpu() * 100);
            });
    m.rssMb().forEach((name, rss) -> row(rows, prefix, name, "rss_mb", rss));
    row(rows, prefix, "platform", "data_mb", m.dataMb());
    row(rows, prefix, "platform", "load_average_1m", m.loadAverage());
    m.groups()
        .values()
        .forEach(
            g -> {
              row(rows, prefix, "group:" + g.groupId(), "lag", g.behind());
              row(rows, prefix, "group:" + g.groupId(), "active", g.active() ? 1 : 0);
            });
    Load l = m.load();
    row(rows, prefix, "load", "events_due", l.eventsDue());
    row(rows, prefix, "load", "events_accepted", l.eventsAccepted());
    row(rows, prefix, "load", "recommendation_calls", l.recommendationCalls());
    row(rows, prefix, "load", "recommendation_failures", l.recommendationFailures());
    row(rows, prefix, "load", "recommendation_p50_ms", l.recommendationP50Ms());
    row(rows, prefix, "load", "recommendation_p99_ms", l.recommendationP99Ms());
    write(rows.toString());
  }

  /**
   * The minute's line: load, then per service heap used (after GC) MB, longest recent GC pause and
   * CPU, then the consumer lag of each service's groups.
   */
  String line(Minute m) {
    Load l = m.load();
    @Nullable Minute previous = minutes.size() >= 2 ? minutes.get(minutes.size() - 2) : null;
    long newEvents =
        previous == null
            ? l.eventsAccepted()
            : l.eventsAccepted() - previous.load().eventsAccepted();
    StringBuilder text =
        new StringBuilder(
            "%3d %s  events %,d (+%,d)  recs %,d (%d failed, p99 %s ms) |"
                .formatted(
                    m.minute(),
                    TIME.format(m.at()),
                    l.eventsAccepted(),
                    newEvents,
                    l.recommendationCalls(),
                    l.recommendationFailures(),
                    Double.isNaN(l.recommendationP99Ms())
                        ? "-"
                        : "%.0f".formatted(l.recommendationP99Ms())));
    m.services()
        .forEach(
            (name, s) ->
                text.append(
                    " %s %.0f(%s)MB %.0fms %.0f%% |"
                        .formatted(
                            name,
                            s.heapUsedMb(),
                            Double.isNaN(s.heapAfterGcMb())
                                ? "-"
                                : "%.0f".formatted(s.heapAfterGcMb()),
                            s.gcPauseMaxMs(),
                            s.cpu() * 100)));
    text.append(" load %.1f | lag".formatted(m.loadAverage()));
    for (String service : m.services().keySet()) {
      Long lag = m.lag(service);
      if (lag != null) {
        text.append(" %s %,d".formatted(service, lag));
      }
    }
    return text.toString();
  }

  /**
   * A verdict per service over the load's minutes ({@code firstLoad} to {@code lastLoad}): the heap
   * trend over the last {@value #TREND_MINUTES} of them, the longest GC pause and the GC time per
   * minute, mean CPU, and the lag of its consumer groups at the first and last minute, its maximum
   * and trend.
   *
   * @param rate the events/s sent: a lag under ten seconds of it reads as caught up
   */
  List<Verdict> verdicts(int firstLoad, int lastLoad, int rate) {
    List<Minute> load =
        minutes.stream().filter(m -> m.minute() >= firstLoad && m.minute() <= lastLoad).toList();
    if (load.isEmpty()) {
      return List.of();
    }
    int trendFrom = Math.max(firstLoad, lastLoad - TREND_MINUTES);
    List<Minute> trend = load.stream().filter(m -> m.minute() >= trendFrom).toList();
    List<Verdict> verdicts = new ArrayList<>();
    for (String service : load.getLast().services().keySet()) {
      List<Minute> with = trend.stream().filter(m -> m.services().containsKey(service)).toList();
      boolean afterGc =
          with.stream().noneMatch(m -> Double.isNaN(m.services().get(service).heapAfterGcMb()));
      ToDoubleFunction<Minute> heap =
          m ->
              afterGc
                  ? m.services().get(service).heapAfterGcMb()
                  : m.services().get(service).heapUsedMb();
      double heapSlope = slope(with, heap);
      List<Minute> all = load.stream().filter(m -> m.services().containsKey(service)).toList();
      double maxPause =
          all.stream().mapToDouble(m -> m.services().get(service).gcPauseMaxMs()).max().orElse(0);
      double pausePerMinute =
          all.size() < 2
              ? Double.NaN
              : (all.getLast().services().get(service).gcPauseMs()
                      - all.getFirst().services().get(service).gcPauseMs())
                  / (all.getLast().minute() - all.getFirst().minute());
      double cpu =
          all.stream()
                  .mapToDouble(m -> m.services().get(service).cpu())
                  .filter(c -> !Double.isNaN(c))
                  .average()
                  .orElse(Double.NaN)
              * 100;
      List<Minute> lagged = load.stream().filter(m -> m.lag(service) != null).toList();
      Long lagFirst = lagged.isEmpty() ? null : lagged.getFirst().lag(service);
      Long lagLast = lagged.isEmpty() ? null : lagged.getLast().lag(service);
      Long lagMax =
          lagged.isEmpty() ? null : lagged.stream().mapToLong(m -> m.lag(service)).max().orElse(0);
      List<Minute> lagTrend = trend.stream().filter(m -> m.lag(service) != null).toList();
      double lagSlope = slope(lagTrend, m -> m.lag(service));
      verdicts.add(
          new Verdict(
              service,
              heapSlope,
              afterGc ? "after GC" : "used",
              with.isEmpty() ? Double.NaN : heap.applyAsDouble(with.getFirst()),
              with.isEmpty() ? Double.NaN : heap.applyAsDouble(with.getLast()),
              maxPause,
              pausePerMinute,
              cpu,
              lagFirst,
              lagLast,
              lagMax,
              lagSlope,
              reading(heapSlope, lagLast, lagSlope, rate)));
    }
    return verdicts;
  }

  /** The verdict's words: does the heap stay flat, does the lag keep up. */
  static String reading(double heapSlope, @Nullable Long lagLast, double lagSlope, int rate) {
    String heap;
    if (Double.isNaN(heapSlope)) {
      heap = "heap: too few samples";
    } else if (heapSlope >= FLAT_HEAP_MB_PER_MINUTE) {
      heap = "heap grows";
    } else if (heapSlope <= -FLAT_HEAP_MB_PER_MINUTE) {
      heap = "heap falls";
    } else {
      heap = "heap flat";
    }
    if (lagLast == null) {
      return heap + "; no consumer group";
    }
    String lag;
    if (lagLast <= 10L * rate) {
      lag = "lag keeps up";
    } else if (!Double.isNaN(lagSlope) && lagSlope > rate) {
      lag = "lag grows";
    } else {
      lag = "lag behind, not growing";
    }
    return heap + "; " + lag;
  }

  /** The least-squares slope of {@code y} over the samples' minutes; NaN with fewer than two. */
  static double slope(List<Minute> samples, ToDoubleFunction<Minute> y) {
    List<double[]> points = new ArrayList<>();
    for (Minute m : samples) {
      double value = y.applyAsDouble(m);
      if (!Double.isNaN(value)) {
        points.add(new double[] {m.minute(), value});
      }
    }
    return slope(points);
  }

  /** The least-squares slope of points {x, y}; NaN with fewer than two distinct x. */
  static double slope(List<double[]> points) {
    int n = points.size();
    if (n < 2) {
      return Double.NaN;
    }
    double meanX = points.stream().mapToDouble(p -> p[0]).average().orElseThrow();
    double meanY = points.stream().mapToDouble(p -> p[1]).average().orElseThrow();
    double sxy = 0;
    double sxx = 0;
    for (double[] p : points) {
      sxy += (p[0] - meanX) * (p[1] - meanY);
      sxx += (p[0] - meanX) * (p[0] - meanX);
    }
    return sxx == 0 ? Double.NaN : sxy / sxx;
  }

  /**
   * The service that owns a consumer group, from the group names of docs/operations.md ({@code
   * identity-resolution}, {@code scoring-profile-changes}, {@code recommendation-service-…}); else
   * {@code other}.
   */
  static String owner(String groupId) {
    for (String service :
        List.of("ingest", "identity", "scoring", "recommendation", "activation")) {
      if (groupId.startsWith(service + "-") || groupId.equals(service)) {
        return service;
      }
    }
    return "other";
  }

  /** The table of verdicts, as the end of the run prints it. */
  static List<String> table(List<Verdict> verdicts) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "  %-15s %-24s %9s %10s %5s  %-26s %s"
            .formatted(
                "service",
                "heap MB/min (first->last)",
                "max pause",
                "GC ms/min",
                "CPU",
                "lag first / last / max",
                "reading"));
    for (Verdict v : verdicts) {
      String lag =
          v.lagFirst() == null
              ? "-"
              : "%,d / %,d / %,d".formatted(v.lagFirst(), v.lagLast(), v.lagMax());
      lines.add(
          "  %-15s %-24s %7.0fms %10.1f %4.0f%%  %-26s %s"
              .formatted(
                  v.service(),
                  "%+.2f %s (%.0f->%.0f)"
                      .formatted(
                          v.heapSlopeMbPerMinute(), v.heapBasis(), v.heapFirstMb(), v.heapLastMb()),
                  v.maxGcPauseMs(),
                  v.gcPauseMsPerMinute(),
                  v.meanCpuPercent(),
                  lag,
                  v.reading()));
    }
    return lines;
  }

  /**
   * Each process's resident memory and the data directory at the first and last minute of the load:
   * what the JVMs' heaps do not show (DynamoDB Local and Kafka in the devstack, metaspace, threads,
   * direct buffers).
   */
  String residentMemory(int firstLoad, int lastLoad) {
    List<Minute> load =
        minutes.stream().filter(m -> m.minute() >= firstLoad && m.minute() <= lastLoad).toList();
    if (load.isEmpty()) {
      return "no samples";
    }
    Minute first = load.getFirst();
    Minute last = load.getLast();
    StringBuilder text = new StringBuilder();
    last.rssMb()
        .forEach(
            (name, mb) -> {
              Double before = first.rssMb().get(name);
              if (before != null) {
                text.append("%s %.0f -> %.0f, ".formatted(name, before, mb));
              }
            });
    return text.append(
            "data directory %.0f -> %.0f MB (minutes %d -> %d)"
                .formatted(first.dataMb(), last.dataMb(), first.minute(), last.minute()))
        .toString();
  }

  /** The {@code p}-th percentile (0 to 100) of values, nearest rank; NaN when there are none. */
  static double percentile(List<Double> values, double p) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = values.stream().sorted().toList();
    int rank = (int) Math.ceil(p / 100 * sorted.size());
    return sorted.get(Math.min(sorted.size() - 1, Math.max(0, rank - 1)));
  }

  private static void row(
      StringBuilder rows, String prefix, String component, String metric, double v) {
    if (Double.isNaN(v)) {
      return;
    }
    rows.append(prefix)
        .append(component)
        .append(',')
        .append(metric)
        .append(',')
        .append(v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.3f", v))
        .append('\n');
  }

  private void write(String text) {
    try {
      csv.write(text);
      csv.flush();
    } catch (IOException e) {
      throw new DemoFailedException("could not write the soak CSV: " + e.getMessage(), e);
    }
  }
}
