package io.c360.identity.linkage;

import io.c360.identity.fuzzy.FuzzyCandidate;
import io.c360.identity.fuzzy.FuzzyIndex;
import io.c360.identity.fuzzy.FuzzyMatcher;
import io.c360.identity.fuzzy.OfflinePerson;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Links a batch of person records (the rows of an import) in memory: block ({@link Blocking}),
 * compare every candidate pair field by field ({@link Comparison}), estimate a Fellegi–Sunter model
 * by EM on those comparisons ({@link FellegiSunterModel}), score, and cluster the batch's records
 * transitively over the pairs above the link threshold, strongest first, never letting a cluster
 * grow past {@code maxClusterSize}. Each cluster then goes to the one existing profile it clearly
 * matches, or gets suggestions, or a new profile. With too few pairs to estimate from, today's
 * scorer ({@link FuzzyMatcher#score}) and its thresholds decide. Stateless and thread-safe.
 */
@Component
final class BatchLinker {

  private final FuzzyMatcher fallback;
  private final LinkageProperties properties;
  private final Blocking blocking;

  private final double linkOffset;

  /** At most this many suggestions per cluster, as for a record matched against profiles. */
  static final int MAX_SUGGESTIONS = 5;

  @Autowired
  BatchLinker(FuzzyMatcher fallback, LinkageProperties properties) {
    this(fallback, properties, 0.0);
  }

  /**
   * @param linkOffset added to the EM model's link threshold: a threshold sweep for the evaluation
   *     (0 in production, where the threshold comes from the target precision)
   */
  BatchLinker(FuzzyMatcher fallback, LinkageProperties properties, double linkOffset) {
    this.fallback = fallback;
    this.properties = properties;
    this.blocking = new Blocking(properties);
    this.linkOffset = linkOffset;
  }

  public LinkageProperties properties() {
    return properties;
  }

  /**
   * Links {@code records} among themselves and to the profiles in {@code index}.
   *
   * @param history comparison patterns of earlier batches of the same import; this batch's are
   *     added to it, so the model of a long file's later batches learns from all of it
   */
  public LinkagePlan link(List<OfflinePerson> records, FuzzyIndex index, LinkageHistory history) {
    List<ComparablePerson> people = records.parallelStream().map(ComparablePerson::of).toList();
    Blocking.Pairs pairs = blocking.pairs(people, index);
    long[] within = pairs.withinBatch();
    int[] batchPatterns = new int[within.length];
    IntStream.range(0, within.length)
        .parallel()
        .forEach(
            p ->
                batchPatterns[p] =
                    Comparison.pattern(
                        people.get((int) (within[p] >>> 32)), people.get((int) within[p])));
    List<ComparablePerson> known =
        pairs.people().parallelStream().map(ComparablePerson::of).toList();
    List<int[]> existingPatterns =
        IntStream.range(0, records.size())
            .parallel()
            .mapToObj(
                i ->
                    Arrays.stream(pairs.personOf()[i])
                        .map(c -> Comparison.pattern(people.get(i), known.get(c)))
                        .toArray())
            .toList();
    PatternCounts counts = new PatternCounts();
    for (int pattern : batchPatterns) {
      counts.add(pattern);
    }
    for (int[] patterns : existingPatterns) {
      for (int pattern : patterns) {
        counts.add(pattern);
      }
    }
    history.blocked().addAll(counts);
    Scorer scorer = scorer(history, records, pairs);
    double[] scores = new double[within.length];
    for (int p = 0; p < within.length; p++) {
      scores[p] = scorer.within((int) (within[p] >>> 32), (int) within[p], batchPatterns[p]);
    }
    List<List<Integer>> clusters = cluster(records.size(), within, scores, scorer);
    List<LinkagePlan.Cluster> planned = new ArrayList<>(clusters.size());
    for (List<Integer> members : clusters) {
      planned.add(
          new LinkagePlan.Cluster(members, target(members, pairs, existingPatterns, scorer)));
    }
    return new LinkagePlan(
        planned,
        suggestions(records.size(), clusters, within, scores, scorer),
        scorer.method(),
        scorer.model());
  }

  /**
   * Pairs of the batch's records in two different clusters that score at least the suggest
   * threshold (the grey zone, or above the link threshold but kept apart by the cluster cap): the
   * best pair of each two clusters, at most {@value #MAX_SUGGESTIONS} other clusters per cluster,
   * strongest first.
   */
  private static List<LinkagePlan.WithinBatch> suggestions(
      int size, List<List<Integer>> clusters, long[] pairs, double[] scores, Scorer scorer) {
    int[] clusterOf = new int[size];
    for (int c = 0; c < clusters.size(); c++) {
      for (int member : clusters.get(c)) {
        clusterOf[member] = c;
      }
    }
    Map<Long, Integer> best = new HashMap<>();
    for (int p = 0; p < pairs.length; p++) {
      int a = clusterOf[(int) (pairs[p] >>> 32)];
      int b = clusterOf[(int) pairs[p]];
      if (a != b && scores[p] >= scorer.suggest()) {
        long key = ((long) Math.min(a, b) << 32) | Math.max(a, b);
        best.merge(key, p, (x, y) -> scores[y] > scores[x] ? y : x);
      }
    }
    List<Integer> ranked = new ArrayList<>(best.values());
    ranked.sort(
        Comparator.comparingDouble((Integer p) -> -scores[p]).thenComparingLong(p -> pairs[p]));
    int[] perCluster = new int[clusters.size()];
    List<LinkagePlan.WithinBatch> out = new ArrayList<>();
    for (int p : ranked) {
      int i = (int) (pairs[p] >>> 32);
      int j = (int) pairs[p];
      if (perCluster[clusterOf[i]] < MAX_SUGGESTIONS
          && perCluster[clusterOf[j]] < MAX_SUGGESTIONS) {
        perCluster[clusterOf[i]]++;
        perCluster[clusterOf[j]]++;
        out.add(new LinkagePlan.WithinBatch(i, j, scores[p]));
      }
    }
    return out;
  }

  /** Scores a pair from its comparison pattern (EM model) or from the records (fallback). */
  private record Scorer(
      @Nullable FellegiSunterModel model,
      FuzzyMatcher fallback,
      List<OfflinePerson> records,
      Blocking.Pairs pairs,
      Map<Integer, Double> weights,
      double linkOffset) {

    String method() {
      return model == null ? "fallback" : "fellegi-sunter";
    }

    double link() {
      return model == null
          ? fallback.properties().matchThreshold()
          : model.linkWeight() + linkOffset;
    }

    double suggest() {
      return model == null
          ? fallback.properties().suggestThreshold()
          : Math.min(model.suggestWeight(), link());
    }

    double within(int i, int j, int pattern) {
      return model == null
          ? fallback.score(records.get(i), records.get(j))
          : weights.computeIfAbsent(pattern, model::weight);
    }

    double existing(int i, int c, int pattern) {
      return model == null
          ? fallback.score(records.get(i), pairs.existing().get(i).get(c).person())
          : weights.computeIfAbsent(pattern, model::weight);
    }
  }

  /**
   * The model for this batch: estimated by EM on the import's patterns so far, warm-started from
   * the previous batch's; once two estimates in a row differ by at most {@code stableChange},
   * reused for the next batches and re-estimated only every {@code reestimateEvery} batches (a long
   * import's later batches barely move it, and EM over its growing history was the costliest step).
   */
  private Scorer scorer(LinkageHistory history, List<OfflinePerson> records, Blocking.Pairs pairs) {
    FellegiSunterModel model = null;
    if (history.blocked().pairs() >= properties.minPairs()) {
      FellegiSunterModel previous = history.model();
      FellegiSunterModel current;
      if (previous != null && history.reuseModel(properties.reestimateEvery())) {
        current = previous;
      } else {
        current =
            FellegiSunterModel.estimate(
                history.blocked(),
                properties.targetPrecision(),
                properties.suggestPosterior(),
                properties.emIterations(),
                previous);
        history.model(
            current, previous != null && current.distance(previous) <= properties.stableChange());
      }
      model = current.usable() ? current : null;
    }
    return new Scorer(model, fallback, records, pairs, new HashMap<>(), linkOffset);
  }

  /**
   * Transitive clusters over the batch's pairs at or above the link threshold, strongest pair first
   * (Kruskal); a pair that would make a cluster larger than the cap is skipped.
   */
  private List<List<Integer>> cluster(int size, long[] pairs, double[] scores, Scorer scorer) {
    List<Integer> linked = new ArrayList<>();
    for (int p = 0; p < pairs.length; p++) {
      if (scores[p] >= scorer.link()) {
        linked.add(p);
      }
    }
    linked.sort(Comparator.comparingDouble((Integer p) -> -scores[p]));
    int[] parent = new int[size];
    int[] clusterSize = new int[size];
    Arrays.setAll(parent, i -> i);
    Arrays.fill(clusterSize, 1);
    for (int p : linked) {
      int a = root(parent, (int) (pairs[p] >>> 32));
      int b = root(parent, (int) pairs[p]);
      if (a != b && clusterSize[a] + clusterSize[b] <= properties.maxClusterSize()) {
        int small = Math.max(a, b);
        int big = Math.min(a, b);
        parent[small] = big;
        clusterSize[big] += clusterSize[small];
      }
    }
    Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
    for (int i = 0; i < size; i++) {
      byRoot.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(i);
    }
    return List.copyOf(byRoot.values());
  }

  private static int root(int[] parent, int i) {
    int r = i;
    while (parent[r] != r) {
      parent[r] = parent[parent[r]];
      r = parent[r];
    }
    return r;
  }

  /**
   * The existing profile a cluster links to: its members' best score per profile; exactly one
   * profile at or above the link threshold links, several (two people too alike to choose) or
   * scores in the grey zone become suggestions.
   */
  private static LinkagePlan.Target target(
      List<Integer> members, Blocking.Pairs pairs, List<int[]> patterns, Scorer scorer) {
    Map<String, Double> best = new HashMap<>();
    for (int i : members) {
      List<FuzzyCandidate> candidates = pairs.existing().get(i);
      for (int c = 0; c < candidates.size(); c++) {
        double score = scorer.existing(i, c, patterns.get(i)[c]);
        best.merge(candidates.get(c).profileId(), score, Math::max);
      }
    }
    List<Map.Entry<String, Double>> ranked =
        best.entrySet().stream()
            .filter(e -> e.getValue() >= scorer.suggest())
            .sorted(
                Map.Entry.<String, Double>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(MAX_SUGGESTIONS)
            .toList();
    if (ranked.isEmpty()) {
      return new LinkagePlan.NewProfile();
    }
    boolean oneAbove =
        ranked.getFirst().getValue() >= scorer.link()
            && (ranked.size() == 1 || ranked.get(1).getValue() < scorer.link());
    if (oneAbove) {
      return new LinkagePlan.ExistingProfile(
          ranked.getFirst().getKey(), ranked.getFirst().getValue());
    }
    return new LinkagePlan.Suggested(
        ranked.stream().map(Map.Entry::getKey).toList(),
        ranked.stream().map(Map.Entry::getValue).toList());
  }
}
