package io.c360.recommendation.recommender.embedded;

import io.c360.recommendation.interaction.Interaction;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import org.jspecify.annotations.Nullable;

/**
 * Popularity and trending of the interactions recorded since a rebuild started, so popular items
 * react at once rather than at the next rebuild. Sums are kept scaled to the {@code anchor} instant
 * ({@code w · 2^((t − anchor)/h)}), so adding is one atomic add and reading scales by {@code
 * 2^(−(now − anchor)/h)}.
 */
final class LiveCounts {

  /** One sku's sums. */
  static final class Counter {
    final DoubleAdder popularity = new DoubleAdder();
    final DoubleAdder trending = new DoubleAdder();
    volatile @Nullable String category;
  }

  private final Instant anchor;
  private final Duration halfLife;
  private final Duration trendingHalfLife;
  private final ConcurrentHashMap<String, Counter> bySku = new ConcurrentHashMap<>();

  LiveCounts(Instant anchor, EmbeddedSettings settings) {
    this.anchor = anchor;
    this.halfLife = settings.halfLife();
    this.trendingHalfLife = settings.trendingHalfLife();
  }

  void add(Interaction interaction, double weight, Instant now) {
    Instant at = interaction.at().isAfter(now) ? now : interaction.at();
    Counter counter = bySku.computeIfAbsent(interaction.sku(), sku -> new Counter());
    counter.popularity.add(weight * growth(at, halfLife));
    counter.trending.add(weight * growth(at, trendingHalfLife));
    if (interaction.category() != null) {
      counter.category = interaction.category();
    }
  }

  Collection<String> skus() {
    return bySku.keySet();
  }

  @Nullable String category(String sku) {
    Counter counter = bySku.get(sku);
    return counter == null ? null : counter.category;
  }

  /** The decayed weight recorded for the sku, as of {@code now}. */
  double score(String sku, boolean trending, Instant now) {
    Counter counter = bySku.get(sku);
    if (counter == null) {
      return 0;
    }
    Duration h = trending ? trendingHalfLife : halfLife;
    double sum = trending ? counter.trending.sum() : counter.popularity.sum();
    return sum / growth(now, h);
  }

  private double growth(Instant at, Duration h) {
    return Math.pow(2, (double) Duration.between(anchor, at).toMillis() / h.toMillis());
  }
}
