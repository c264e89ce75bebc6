package io.c360.synthetic;

/**
 * A customer's latent traits, fixed for the whole simulation and never on an event. Observable
 * behaviour (visits, orders, refunds, tickets) reveals them only in part.
 *
 * @param lnActivity log of the activity level, N(0, 0.6²): scales visits and orders
 * @param priceSensitivity U(0, 1): how often coupons are used and how much promotion days pull
 * @param loyalty N(0, 1): lowers churn, raises buying and CSAT
 * @param engagement0 initial value of the engagement process z (N(0, 1))
 * @param returnRate probability that an order is refunded, 2 % to 27 %
 * @param storeShare probability that an order is placed in a store rather than online
 * @param wishRate probability that a browsing session saves a product to the wishlist
 * @param discountRate probability that an order uses a coupon, {@code 0.05 + 0.5 ×
 *     priceSensitivity}
 * @param csatBias per-customer shift of satisfaction scores, N(0, 0.5²)
 * @param subscriber whether the customer is the kind that subscribes (about 45 %)
 * @param plan index into {@link Life#PLANS} of the plan they would choose
 * @param household people in the household, 1 to 4: scales quantities
 * @param favourites the two favourite category indexes
 * @param platforms the platform of each device (one or two)
 * @param homeStore index into {@link Catalog#STORES}
 * @param joinDay first simulated day the customer exists (0 for existing customers)
 */
record Traits(
    double lnActivity,
    double priceSensitivity,
    double loyalty,
    double engagement0,
    double returnRate,
    double storeShare,
    double wishRate,
    double discountRate,
    double csatBias,
    boolean subscriber,
    int plan,
    int household,
    int[] favourites,
    Platform[] platforms,
    int homeStore,
    int joinDay) {

  static Traits draw(Rng rng, int days) {
    double priceSensitivity = rng.nextDouble();
    int first = rng.nextInt(Catalog.CATEGORIES.size());
    int second =
        (first + 1 + rng.nextInt(Catalog.CATEGORIES.size() - 1)) % Catalog.CATEGORIES.size();
    Platform primary =
        rng.chance(0.5) ? Platform.WEB : rng.chance(0.5) ? Platform.IOS : Platform.ANDROID;
    Platform[] platforms =
        rng.chance(0.3)
            ? new Platform[] {primary, primary == Platform.WEB ? Platform.IOS : Platform.WEB}
            : new Platform[] {primary};
    double storeRoll = rng.nextDouble();
    double storeShare = storeRoll < 0.45 ? 0.0 : storeRoll < 0.8 ? 0.3 : 0.85;
    return new Traits(
        0.6 * rng.gaussian(),
        priceSensitivity,
        rng.gaussian(),
        rng.gaussian(),
        0.02 + 0.25 * Math.pow(rng.nextDouble(), 2),
        storeShare,
        0.04 + 0.25 * rng.nextDouble(),
        0.05 + 0.5 * priceSensitivity,
        0.5 * rng.gaussian(),
        rng.chance(0.45),
        rng.nextInt(Life.PLANS.length),
        rng.between(1, 4),
        new int[] {first, second},
        platforms,
        rng.nextInt(Catalog.STORES.length),
        rng.chance(0.55) ? 0 : rng.between(1, Math.max(1, days - 1)));
  }
}
