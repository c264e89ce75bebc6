package io.c360.scoring.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** One point of the tree search space. The number of rounds is found by early stopping. */
record HyperParameters(
    int maxDepth,
    double eta,
    double minChildWeight,
    double subsample,
    double colsampleByTree,
    double lambda) {

  static final int[] MAX_DEPTH = {3, 4, 5, 6, 8};
  static final double[] ETA = {0.03, 0.05, 0.1, 0.2};
  static final double[] MIN_CHILD_WEIGHT = {1, 3, 5, 10};
  static final double[] SUBSAMPLE = {0.7, 0.8, 0.9, 1.0};
  static final double[] COLSAMPLE_BY_TREE = {0.6, 0.8, 1.0};
  static final double[] LAMBDA = {0.5, 1, 2, 5};

  /** XGBoost's usual starting point, always the first candidate. */
  static final HyperParameters DEFAULT = new HyperParameters(6, 0.1, 1, 0.8, 0.8, 1);

  /**
   * {@code count} distinct candidates: {@link #DEFAULT}, then random points of the grid drawn with
   * the seed.
   */
  static List<HyperParameters> candidates(int count, long seed) {
    var random = new Random(seed);
    var candidates = new LinkedHashSet<HyperParameters>();
    candidates.add(DEFAULT);
    int attempts = 0;
    while (candidates.size() < count && attempts++ < 10_000) {
      candidates.add(
          new HyperParameters(
              MAX_DEPTH[random.nextInt(MAX_DEPTH.length)],
              ETA[random.nextInt(ETA.length)],
              MIN_CHILD_WEIGHT[random.nextInt(MIN_CHILD_WEIGHT.length)],
              SUBSAMPLE[random.nextInt(SUBSAMPLE.length)],
              COLSAMPLE_BY_TREE[random.nextInt(COLSAMPLE_BY_TREE.length)],
              LAMBDA[random.nextInt(LAMBDA.length)]));
    }
    return new ArrayList<>(candidates);
  }

  /** XGBoost parameters for gradient-boosted trees with the histogram method. */
  Map<String, Object> toParameters(long seed, int threads) {
    Map<String, Object> parameters = Boosting.baseParameters(seed, threads);
    parameters.putAll(asMap());
    return parameters;
  }

  /** The parameters by their XGBoost names, for the report. */
  Map<String, Object> asMap() {
    var map = new LinkedHashMap<String, Object>();
    map.put("booster", "gbtree");
    map.put("tree_method", "hist");
    map.put("max_depth", maxDepth);
    map.put("eta", eta);
    map.put("min_child_weight", minChildWeight);
    map.put("subsample", subsample);
    map.put("colsample_bytree", colsampleByTree);
    map.put("lambda", lambda);
    return map;
  }
}
