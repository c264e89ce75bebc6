package io.c360.recommendation.serving;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Exposures and outcomes per context and variant, so A/B arms can be compared: every answer is an
 * exposure (its recommendationId is remembered for {@code retention}), and feedback (impressions,
 * clicks) counts against the variant that made it. Counts are in memory since startup and also
 * Micrometer counters ({@code c360.recommendation.exposures}, {@code c360.recommendation.feedback})
 * for Prometheus to keep.
 */
public class Experiments {

  /** What was recommended, remembered for feedback. */
  public record Exposure(String context, String variant, String recommender, Instant at) {}

  /** Counts of one variant of one context. */
  public record VariantStats(
      String context, String variant, long exposures, long impressions, long clicks, double ctr) {}

  private final Map<String, Exposure> exposures = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
  private final MeterRegistry meters;
  private final Clock clock;
  private final Duration retention;
  private final int maxRemembered;

  public Experiments(MeterRegistry meters, Clock clock, Duration retention, int maxRemembered) {
    this.meters = meters;
    this.clock = clock;
    this.retention = retention;
    this.maxRemembered = maxRemembered;
  }

  public void exposed(String recommendationId, String context, String variant, String recommender) {
    if (exposures.size() >= maxRemembered) {
      Instant cutoff = clock.instant().minus(retention);
      exposures.values().removeIf(e -> e.at().isBefore(cutoff));
    }
    if (exposures.size() < maxRemembered) {
      exposures.put(recommendationId, new Exposure(context, variant, recommender, clock.instant()));
    }
    count(context, variant, "exposures");
    meters
        .counter("c360.recommendation.exposures", "context", context, "variant", variant)
        .increment();
  }

  /** Counts feedback for the exposure it names; empty when the id is unknown or expired. */
  public Optional<Exposure> feedback(String recommendationId, String type) {
    Exposure exposure = exposures.get(recommendationId);
    if (exposure == null || exposure.at().isBefore(clock.instant().minus(retention))) {
      return Optional.empty();
    }
    count(exposure.context(), exposure.variant(), type);
    meters
        .counter(
            "c360.recommendation.feedback",
            "context",
            exposure.context(),
            "variant",
            exposure.variant(),
            "type",
            type)
        .increment();
    return Optional.of(exposure);
  }

  public List<VariantStats> stats() {
    Map<String, Map<String, Long>> byArm = new TreeMap<>();
    counts.forEach(
        (key, value) -> {
          String[] parts = key.split("\u0000");
          byArm
              .computeIfAbsent(parts[0] + "\u0000" + parts[1], k -> new LinkedHashMap<>())
              .put(parts[2], value.get());
        });
    List<VariantStats> stats = new ArrayList<>();
    byArm.forEach(
        (arm, c) -> {
          String[] parts = arm.split("\u0000");
          long impressions = c.getOrDefault("impression", 0L);
          long clicks = c.getOrDefault("click", 0L);
          stats.add(
              new VariantStats(
                  parts[0],
                  parts[1],
                  c.getOrDefault("exposures", 0L),
                  impressions,
                  clicks,
                  impressions == 0 ? 0 : (double) clicks / impressions));
        });
    return stats;
  }

  private void count(String context, String variant, String what) {
    counts
        .computeIfAbsent(context + "\u0000" + variant + "\u0000" + what, k -> new AtomicLong())
        .incrementAndGet();
  }
}
