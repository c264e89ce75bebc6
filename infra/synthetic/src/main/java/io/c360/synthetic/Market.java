package io.c360.synthetic;

import java.util.List;

/**
 * What every customer shares: the catalog by category and the promotion calendar (about one day in
 * twenty, drawn from the seed). Immutable.
 */
final class Market {

  static final double PROMOTION_SHARE = 0.05;

  private final long seed;
  private final int[][] byCategory;
  private final boolean[] repeat;
  private final RepeatProfile repeatProfile;

  Market(long seed, List<Product> catalog, RepeatProfile repeatProfile) {
    this.seed = seed;
    this.repeatProfile = repeatProfile;
    this.byCategory = Catalog.byCategory(catalog.size());
    this.repeat = new boolean[catalog.size()];
    for (int i = 0; i < repeat.length; i++) {
      repeat[i] = catalog.get(i).repeatPurchase();
    }
  }

  /** Whether day {@code d} is a promotion day (site-wide sale). */
  boolean promotion(int d) {
    return (Rng.mix(Rng.seed(seed, d, 0x5A1EL)) >>> 11) * 0x1.0p-53 < PROMOTION_SHARE;
  }

  RepeatProfile repeatProfile() {
    return repeatProfile;
  }

  boolean repeatPurchase(int product) {
    return repeat[product];
  }

  /** A random product of the category, or of the whole catalog when the category is empty. */
  int product(int category, Rng rng) {
    int[] products = byCategory[category];
    return products.length > 0
        ? products[rng.nextInt(products.length)]
        : rng.nextInt(repeat.length);
  }
}
