package io.c360.recommendation.recommender.embedded;

import io.c360.recommendation.interaction.Interaction;
import io.c360.recommendation.interaction.Interaction.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Test interactions at fixed instants, each with its own messageId unless given one. */
final class Interactions {

  static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

  private static final AtomicLong IDS = new AtomicLong();

  private Interactions() {}

  static Interaction of(String profile, String sku, Kind kind, Duration ago) {
    return new Interaction(
        profile, sku, categoryOf(sku), kind, NOW.minus(ago), "m" + IDS.incrementAndGet());
  }

  static Interaction view(String profile, String sku) {
    return of(profile, sku, Kind.VIEW, Duration.ofDays(1));
  }

  static Interaction purchase(String profile, String sku) {
    return of(profile, sku, Kind.PURCHASE, Duration.ofDays(1));
  }

  /** Each profile views and buys all of the skus. */
  static List<Interaction> together(List<String> profiles, String... skus) {
    List<Interaction> result = new ArrayList<>();
    for (String profile : profiles) {
      for (String sku : skus) {
        result.add(view(profile, sku));
        result.add(purchase(profile, sku));
      }
    }
    return result;
  }

  static List<String> profiles(String prefix, int count) {
    List<String> result = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      result.add(prefix + i);
    }
    return result;
  }

  /** The category is the sku's prefix before the dash: {@code COF-1} is Coffee. */
  static String categoryOf(String sku) {
    return switch (sku.substring(0, sku.indexOf('-'))) {
      case "COF" -> "Coffee";
      case "TEA" -> "Tea";
      case "KIT" -> "Kitchen";
      default -> "Other";
    };
  }
}
