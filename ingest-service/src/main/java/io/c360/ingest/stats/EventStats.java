package io.c360.ingest.stats;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Per source and per hour, how many events this instance accepted, dropped as duplicates and
 * quarantined (by reason), for the last {@value #MAX_HOURS} hours. An in-memory ring: each instance
 * counts what it handled, and the counts start again at zero when it restarts.
 *
 * <p>Reasons are grouped by their wording without the quoted values ({@code "quantity 'two' is not
 * a whole number"} counts as {@code "quantity is not a whole number"}), at most {@value
 * #MAX_REASONS} distinct reasons per source and hour; more go under {@code "other"}.
 */
@Component
public final class EventStats {

  public static final int MAX_HOURS = 168;
  static final int MAX_REASONS = 50;
  private static final Pattern QUOTED = Pattern.compile("\\s*'[^']*'");

  private final Clock clock;
  private final ConcurrentMap<Instant, ConcurrentMap<String, Counts>> hours =
      new ConcurrentHashMap<>();

  public EventStats(Clock clock) {
    this.clock = clock;
  }

  private static final class Counts {
    final LongAdder accepted = new LongAdder();
    final LongAdder duplicates = new LongAdder();
    final ConcurrentMap<String, LongAdder> quarantined = new ConcurrentHashMap<>();
  }

  /** One hour of one source. */
  public record Bucket(
      Instant hour,
      String source,
      long accepted,
      long duplicates,
      long quarantined,
      Map<String, Long> quarantinedByReason) {}

  public void accepted(String source, int count) {
    if (count > 0) {
      counts(source).accepted.add(count);
    }
  }

  public void duplicates(String source, int count) {
    if (count > 0) {
      counts(source).duplicates.add(count);
    }
  }

  /** One quarantined record, counted under its first reason. */
  public void quarantined(String source, List<String> reasons) {
    Counts counts = counts(source);
    String reason = reasons.isEmpty() ? "unknown" : reasonKey(reasons.getFirst());
    if (!counts.quarantined.containsKey(reason) && counts.quarantined.size() >= MAX_REASONS) {
      reason = "other";
    }
    counts.quarantined.computeIfAbsent(reason, r -> new LongAdder()).increment();
  }

  /** The buckets of the last {@code lastHours} hours (the current one included), oldest first. */
  public List<Bucket> lastHours(int lastHours) {
    Instant from = hourOf(clock.instant()).minus(Duration.ofHours(lastHours - 1L));
    List<Bucket> buckets = new ArrayList<>();
    hours.forEach(
        (hour, sources) -> {
          if (!hour.isBefore(from)) {
            sources.forEach(
                (source, c) -> {
                  Map<String, Long> reasons = new TreeMap<>();
                  c.quarantined.forEach((reason, n) -> reasons.put(reason, n.sum()));
                  buckets.add(
                      new Bucket(
                          hour,
                          source,
                          c.accepted.sum(),
                          c.duplicates.sum(),
                          reasons.values().stream().mapToLong(Long::longValue).sum(),
                          reasons));
                });
          }
        });
    buckets.sort(Comparator.comparing(Bucket::hour).thenComparing(Bucket::source));
    return buckets;
  }

  static String reasonKey(String reason) {
    return QUOTED.matcher(reason).replaceAll("").trim();
  }

  private Counts counts(String source) {
    Instant hour = hourOf(clock.instant());
    ConcurrentMap<String, Counts> sources = hours.get(hour);
    if (sources == null) {
      sources = hours.computeIfAbsent(hour, h -> new ConcurrentHashMap<>());
      Instant oldest = hour.minus(Duration.ofHours(MAX_HOURS));
      hours.keySet().removeIf(h -> h.isBefore(oldest));
    }
    return sources.computeIfAbsent(source, s -> new Counts());
  }

  private static Instant hourOf(Instant instant) {
    return instant.truncatedTo(ChronoUnit.HOURS);
  }
}
