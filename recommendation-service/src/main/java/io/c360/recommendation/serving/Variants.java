package io.c360.recommendation.serving;

import io.c360.recommendation.serving.RecommendationProperties.Variant;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Splits a context between its A/B variants. */
final class Variants {

  private Variants() {}

  /**
   * The variant of a context for a visitor: a stable hash of (context, visitor) into the weights.
   */
  static Variant variant(List<Variant> variants, String context, @Nullable String visitor) {
    if (variants.size() == 1 || visitor == null) {
      return variants.getFirst();
    }
    int total = variants.stream().mapToInt(Variant::weight).sum();
    int bucket = Math.floorMod(stableHash(context + "\u0000" + visitor), total);
    for (Variant variant : variants) {
      bucket -= variant.weight();
      if (bucket < 0) {
        return variant;
      }
    }
    return variants.getLast();
  }

  private static int stableHash(String value) {
    // FNV-1a over UTF-8: the same visitor lands in the same variant on every instance and run
    int hash = 0x811c9dc5;
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x01000193;
    }
    return hash;
  }
}
