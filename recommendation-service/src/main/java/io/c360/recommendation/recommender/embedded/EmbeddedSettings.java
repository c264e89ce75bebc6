package io.c360.recommendation.recommender.embedded;

import io.c360.recommendation.interaction.Interaction;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The knobs of the {@link EmbeddedRecommender}; {@link #defaults()} is what the evaluation in
 * {@code docs/recommendations.md} measured.
 *
 * @param viewWeight weight of a product view
 * @param wishlistWeight weight of a wishlist save
 * @param cartWeight weight of a cart add
 * @param purchaseWeight weight of a purchased line
 * @param halfLife half-life of an interaction's weight in user–item vectors, popularity and a
 *     customer's own history
 * @param trendingHalfLife the short half-life of trending (popularity that reacts within days)
 * @param repurchaseHalfLife half-life of past purchases when scoring what a customer buys again
 * @param horizon interactions older than this are dropped at the next rebuild and never recorded
 * @param maxInteractionsPerProfile interactions kept per profile (the newest)
 * @param neighbours similar items kept per item (top-K of the item–item similarity)
 * @param shrinkage {@code λ} in {@code cosine × n / (n + λ)}, {@code n} the customers two items
 *     share: pairs seen by few customers are damped
 * @param seedItems at most this many of a customer's items seed a personalized request
 * @param recentItemDecay weight of the {@code p}-th (0-based) of the request's recent items is
 *     {@code recentItemDecay^p}
 * @param ownItemsWeight how much a customer's own items (viewed, saved, bought) score in
 *     personalized results, relative to a neighbour of similarity 1
 */
public record EmbeddedSettings(
    double viewWeight,
    double wishlistWeight,
    double cartWeight,
    double purchaseWeight,
    Duration halfLife,
    Duration trendingHalfLife,
    Duration repurchaseHalfLife,
    Duration horizon,
    int maxInteractionsPerProfile,
    int neighbours,
    double shrinkage,
    int seedItems,
    double recentItemDecay,
    double ownItemsWeight) {

  private static final double LN2 = Math.log(2);

  public EmbeddedSettings {
    positive(viewWeight, "viewWeight");
    positive(wishlistWeight, "wishlistWeight");
    positive(cartWeight, "cartWeight");
    positive(purchaseWeight, "purchaseWeight");
    positive(halfLife, "halfLife");
    positive(trendingHalfLife, "trendingHalfLife");
    positive(repurchaseHalfLife, "repurchaseHalfLife");
    positive(horizon, "horizon");
    if (maxInteractionsPerProfile < 1 || neighbours < 1 || seedItems < 1) {
      throw new IllegalArgumentException(
          "maxInteractionsPerProfile, neighbours and seedItems must be at least 1");
    }
    if (shrinkage < 0 || ownItemsWeight < 0) {
      throw new IllegalArgumentException("shrinkage and ownItemsWeight must not be negative");
    }
    if (!(recentItemDecay > 0 && recentItemDecay <= 1)) {
      throw new IllegalArgumentException("recentItemDecay must be in (0, 1]");
    }
  }

  /** View 1, wishlist 2, cart 3, purchase 5; 30-day half-life, 3-day trending, K = 50. */
  public static EmbeddedSettings defaults() {
    return new EmbeddedSettings(
        1,
        2,
        3,
        5,
        Duration.ofDays(30),
        Duration.ofDays(3),
        Duration.ofDays(90),
        Duration.ofDays(365),
        200,
        50,
        10,
        20,
        0.85,
        1.0);
  }

  /** A copy with another {@code ownItemsWeight}. */
  public EmbeddedSettings withOwnItemsWeight(double weight) {
    return new EmbeddedSettings(
        viewWeight,
        wishlistWeight,
        cartWeight,
        purchaseWeight,
        halfLife,
        trendingHalfLife,
        repurchaseHalfLife,
        horizon,
        maxInteractionsPerProfile,
        neighbours,
        shrinkage,
        seedItems,
        recentItemDecay,
        weight);
  }

  /** The weight of one interaction of this kind, before decay. */
  double weight(Interaction.Kind kind) {
    return switch (kind) {
      case VIEW -> viewWeight;
      case WISHLIST -> wishlistWeight;
      case CART_ADD -> cartWeight;
      case PURCHASE -> purchaseWeight;
    };
  }

  /** {@code 2^(-age / halfLife)}; ages below zero (clock skew) count as zero. */
  static double decay(Instant at, Instant now, Duration halfLife) {
    long age = Math.max(0, now.toEpochMilli() - at.toEpochMilli());
    return Math.exp(-LN2 * age / halfLife.toMillis());
  }

  private static void positive(double value, String name) {
    if (!(value > 0)) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
  }

  private static void positive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
  }
}
