package io.c360.recommendation.serving;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
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
import org.jspecify.annotations.Nullable;

/**
 * Exposures and outcomes per context and variant, so A/B arms can be compared: every answer is an
 * exposure (its recommendationId is remembered for {@code retention}, at most {@code maxRemembered}
 * of them, the oldest forgotten first), and feedback (impressions, clicks) counts against the
 * variant that made it. Counts are in memory since startup and also Micrometer counters ({@code
 * c360.recommendation.exposures}, {@code c360.recommendation.feedback}) for Prometheus to keep.
 */
public class Experiments {

  /** What was recommended, remembered for feedback. */
  public record Exposure(String context, String variant, String recommender, Instant at) {}

  /** Counts of one variant of one context. */
  public record VariantStats(
      String context, String variant, long exposures, long impressions, long clicks, double ctr) {}

  private final Cache<String, Exposure> exposures;
  private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
  private final Map<String, Counter> counters = new ConcurrentHashMap<>();
  private final MeterRegistry meters;
  private final Clock clock;

  public Experiments(MeterRegistry meters, Clock clock, Duration retention, long maxRemembered) {
    this.meters = meters;
    this.clock = clock;
    this.exposures =
        Caffeine.newBuilder().expireAfterWrite(retention).maximumSize(maxRemembered).build();
  }

  public void exposed(String recommendationId, String context, String variant, String recommender) {
    exposures.put(recommendationId, new Exposure(context, variant, recommender, clock.instant()));
    count(context, variant, "exposures");
    counter("c360.recommendation.exposures", context, variant, null).increment();
  }

  /** Counts feedback for the exposure it names; empty when the id is unknown or expired. */
  public Optional<Exposure> feedback(String recommendationId, String type) {
    Exposure exposure = exposures.getIfPresent(recommendationId);
    if (exposure == null) {
      return Optional.empty();
    }
    count(exposure.context(), exposure.variant(), type);
    counter("c360.recommendation.feedback", exposure.context(), exposure.variant(), type)
        .increment();
    return Optional.of(exposure);
  }

  /** One Micrometer counter per name, context, variant and type, looked up once. */
  private Counter counter(String name, String context, String variant, @Nullable String type) {
    String key = name + "\u0000" + context + "\u0000" + variant + "\u0000" + type;
    return counters.computeIfAbsent(
        key,
        k ->
            type == null
                ? meters.counter(name, "context", context, "variant", variant)
                : meters.counter(name, "context", context, "variant", variant, "type", type));
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
