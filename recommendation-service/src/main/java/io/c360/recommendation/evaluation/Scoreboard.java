package io.c360.recommendation.evaluation;

import io.c360.recommendation.policy.Policy;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Collects one policy's per-customer results on one context and summarises them. */
final class Scoreboard {

  static final int K = 10;

  private final Policy policy;
  private final int capacity;
  private final boolean[] hits;
  private final boolean[] fewOrders;
  private final double[] ndcg;
  private final double[] reciprocalRanks;
  private final Set<String> shown = new HashSet<>();
  private int customers;
  private long shownItems;
  private long repeats;

  Scoreboard(Policy policy, int capacity) {
    this.policy = policy;
    this.capacity = capacity;
    this.hits = new boolean[capacity];
    this.fewOrders = new boolean[capacity];
    this.ndcg = new double[capacity];
    this.reciprocalRanks = new double[capacity];
  }

  /**
   * One test customer's list (at most {@link #K} items), what they bought in the test window, and
   * what they had bought before the split.
   */
  void add(List<String> list, Set<String> bought, Set<String> boughtBefore, boolean few) {
    if (customers == capacity) {
      throw new IllegalStateException("more customers than the scoreboard holds");
    }
    double dcg = 0;
    double firstHit = 0;
    for (int rank = 0; rank < list.size() && rank < K; rank++) {
      String sku = list.get(rank);
      shown.add(sku);
      shownItems++;
      repeats += boughtBefore.contains(sku) ? 1 : 0;
      if (bought.contains(sku)) {
        dcg += 1 / log2(rank + 2);
        if (firstHit == 0) {
          firstHit = 1.0 / (rank + 1);
        }
      }
    }
    double ideal = 0;
    for (int rank = 0; rank < Math.min(bought.size(), K); rank++) {
      ideal += 1 / log2(rank + 2);
    }
    hits[customers] = firstHit > 0;
    fewOrders[customers] = few;
    ndcg[customers] = ideal > 0 ? dcg / ideal : 0;
    reciprocalRanks[customers] = firstHit;
    customers++;
  }

  /** HR@10 alone (used by the blend-weight search). */
  double hitRate() {
    return customers == 0 ? 0 : count(hits, customers) / (double) customers;
  }

  double ndcg() {
    return customers == 0 ? 0 : Arrays.stream(ndcg, 0, customers).average().orElse(0);
  }

  PolicyScore summary(int catalogItems, int resamples, long seed) {
    double[] interval = bootstrap(resamples, seed);
    int few = 0;
    int fewHits = 0;
    for (int i = 0; i < customers; i++) {
      if (fewOrders[i]) {
        few++;
        fewHits += hits[i] ? 1 : 0;
      }
    }
    return new PolicyScore(
        policy.name(),
        policy.is(Policy.BLEND) ? policy.weight() : null,
        hitRate(),
        interval[0],
        interval[1],
        ndcg(),
        customers == 0 ? 0 : Arrays.stream(reciprocalRanks, 0, customers).average().orElse(0),
        catalogItems == 0 ? 0 : shown.size() / (double) catalogItems,
        shownItems == 0 ? 0 : repeats / (double) shownItems,
        customers,
        few == 0 ? null : fewHits / (double) few);
  }

  /** Percentile bootstrap of HR@10: 2.5th and 97.5th percentiles over resampled customers. */
  private double[] bootstrap(int resamples, long seed) {
    if (customers == 0 || resamples == 0) {
      return new double[] {0, 0};
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[] rates = new double[resamples];
    for (int r = 0; r < resamples; r++) {
      int h = 0;
      for (int i = 0; i < customers; i++) {
        h += hits[random.nextInt(customers)] ? 1 : 0;
      }
      rates[r] = h / (double) customers;
    }
    Arrays.sort(rates);
    return new double[] {
      rates[(int) Math.floor(0.025 * (resamples - 1))],
      rates[(int) Math.ceil(0.975 * (resamples - 1))]
    };
  }

  private static int count(boolean[] values, int length) {
    int n = 0;
    for (int i = 0; i < length; i++) {
      n += values[i] ? 1 : 0;
    }
    return n;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
