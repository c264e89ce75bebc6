package io.c360.recommendation.recommender.embedded;

import io.c360.recommendation.interaction.Interaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An immutable model built from the interaction log at one instant: the items, their top-K
 * neighbours by shrunk cosine similarity, and decayed popularity and trending (overall and per
 * category). Published whole behind a volatile reference, so a reader sees one model or the next,
 * never a half-built one.
 */
final class Model {

  private static final int[] NO_ITEMS = new int[0];
  private static final float[] NO_SCORES = new float[0];

  private final Instant builtAt;
  private final String[] skus;
  private final @Nullable String[] categories;
  private final Map<String, Integer> index;
  private final int[][] neighbours;
  private final float[][] neighbourScores;
  private final double[] popularity;
  private final double[] trending;
  private final int[] byPopularity;
  private final int[] byTrending;
  private final Map<String, int[]> byPopularityInCategory;
  private final Map<String, int[]> byTrendingInCategory;

  private Model(
      Instant builtAt,
      String[] skus,
      @Nullable String[] categories,
      int[][] neighbours,
      float[][] neighbourScores,
      double[] popularity,
      double[] trending) {
    this.builtAt = builtAt;
    this.skus = skus;
    this.categories = categories;
    this.neighbours = neighbours;
    this.neighbourScores = neighbourScores;
    this.popularity = popularity;
    this.trending = trending;
    this.index = new HashMap<>(skus.length * 2);
    for (int i = 0; i < skus.length; i++) {
      index.put(skus[i], i);
    }
    this.byPopularity = order(popularity, null);
    this.byTrending = order(trending, null);
    this.byPopularityInCategory = new HashMap<>();
    this.byTrendingInCategory = new HashMap<>();
    for (String category : distinctCategories()) {
      byPopularityInCategory.put(category, order(popularity, category));
      byTrendingInCategory.put(category, order(trending, category));
    }
  }

  static Model empty(Instant at) {
    return new Model(
        at,
        new String[0],
        new String[0],
        new int[0][],
        new float[0][],
        new double[0],
        new double[0]);
  }

  /**
   * Builds a model from per-profile histories (each oldest first) as of {@code now}.
   *
   * <p>A customer's vector holds, per item, {@code log(1 + Σ weight(kind) · 2^(−age/halfLife))}
   * (the log gives diminishing returns to repeated views). The similarity of items i and j is
   * {@code cos(i, j) · n_ij / (n_ij + shrinkage)}, with {@code n_ij} the customers who interacted
   * with both.
   */
  static Model build(List<Interaction[]> histories, EmbeddedSettings settings, Instant now) {
    Map<String, Integer> ids = new HashMap<>();
    List<String> skus = new ArrayList<>();
    List<@Nullable String> categories = new ArrayList<>();
    List<Instant> categorySeen = new ArrayList<>();
    double[] popularity = new double[16];
    double[] trending = new double[16];
    int[][] userItems = new int[histories.size()][];
    double[][] userValues = new double[histories.size()][];

    for (int u = 0; u < histories.size(); u++) {
      Map<Integer, double[]> vector = new HashMap<>();
      for (Interaction interaction : histories.get(u)) {
        Integer id = ids.get(interaction.sku());
        if (id == null) {
          id = skus.size();
          ids.put(interaction.sku(), id);
          skus.add(interaction.sku());
          categories.add(null);
          categorySeen.add(Instant.MIN);
          if (id >= popularity.length) {
            popularity = Arrays.copyOf(popularity, id * 2);
            trending = Arrays.copyOf(trending, id * 2);
          }
        }
        if (interaction.category() != null && !interaction.at().isBefore(categorySeen.get(id))) {
          categories.set(id, interaction.category());
          categorySeen.set(id, interaction.at());
        }
        double weight = settings.weight(interaction.kind());
        double decayed =
            weight * EmbeddedSettings.decay(interaction.at(), now, settings.halfLife());
        popularity[id] += decayed;
        trending[id] +=
            weight * EmbeddedSettings.decay(interaction.at(), now, settings.trendingHalfLife());
        vector.computeIfAbsent(id, k -> new double[1])[0] += decayed;
      }
      int[] items = new int[vector.size()];
      double[] values = new double[vector.size()];
      int k = 0;
      for (Map.Entry<Integer, double[]> e : vector.entrySet()) {
        items[k] = e.getKey();
        values[k] = Math.log1p(e.getValue()[0]);
        k++;
      }
      userItems[u] = items;
      userValues[u] = values;
    }

    int n = skus.size();
    Similarity similarity = new Similarity(n, userItems, userValues, settings);
    int[][] neighbours = new int[n][];
    float[][] scores = new float[n][];
    for (int i = 0; i < n; i++) {
      similarity.neighbours(i, neighbours, scores);
    }
    return new Model(
        now,
        skus.toArray(String[]::new),
        categories.toArray(String[]::new),
        neighbours,
        scores,
        Arrays.copyOf(popularity, n),
        Arrays.copyOf(trending, n));
  }

  /** Item–item similarity from the inverted index, one item's row at a time. */
  private static final class Similarity {
    private final int[][] userItems;
    private final double[][] userValues;
    private final int[][] itemUsers;
    private final double[][] itemValues;
    private final double[] norms;
    private final double[] dot;
    private final int[] shared;
    private final int[] touched;
    private final int k;
    private final double shrinkage;

    Similarity(int n, int[][] userItems, double[][] userValues, EmbeddedSettings settings) {
      this.userItems = userItems;
      this.userValues = userValues;
      this.k = settings.neighbours();
      this.shrinkage = settings.shrinkage();
      int[] counts = new int[n];
      norms = new double[n];
      for (int u = 0; u < userItems.length; u++) {
        for (int x = 0; x < userItems[u].length; x++) {
          counts[userItems[u][x]]++;
          norms[userItems[u][x]] += userValues[u][x] * userValues[u][x];
        }
      }
      itemUsers = new int[n][];
      itemValues = new double[n][];
      for (int i = 0; i < n; i++) {
        itemUsers[i] = new int[counts[i]];
        itemValues[i] = new double[counts[i]];
        norms[i] = Math.sqrt(norms[i]);
        counts[i] = 0;
      }
      for (int u = 0; u < userItems.length; u++) {
        for (int x = 0; x < userItems[u].length; x++) {
          int item = userItems[u][x];
          itemUsers[item][counts[item]] = u;
          itemValues[item][counts[item]++] = userValues[u][x];
        }
      }
      dot = new double[n];
      shared = new int[n];
      touched = new int[n];
    }

    void neighbours(int i, int[][] neighbours, float[][] scores) {
      int count = 0;
      for (int a = 0; a < itemUsers[i].length; a++) {
        int u = itemUsers[i][a];
        double value = itemValues[i][a];
        int[] items = userItems[u];
        double[] values = userValues[u];
        for (int b = 0; b < items.length; b++) {
          int j = items[b];
          if (j == i) {
            continue;
          }
          if (shared[j] == 0) {
            touched[count++] = j;
          }
          shared[j]++;
          dot[j] += value * values[b];
        }
      }
      double[] similarity = new double[count];
      Integer[] order = new Integer[count];
      for (int t = 0; t < count; t++) {
        int j = touched[t];
        double denominator = norms[i] * norms[j];
        similarity[t] =
            denominator == 0 ? 0 : dot[j] / denominator * shared[j] / (shared[j] + shrinkage);
        order[t] = t;
      }
      Arrays.sort(order, (x, y) -> Double.compare(similarity[y], similarity[x]));
      int keep = Math.min(k, count);
      int[] ids = keep == 0 ? NO_ITEMS : new int[keep];
      float[] values = keep == 0 ? NO_SCORES : new float[keep];
      for (int t = 0; t < keep; t++) {
        ids[t] = touched[order[t]];
        values[t] = (float) similarity[order[t]];
      }
      for (int t = 0; t < count; t++) {
        dot[touched[t]] = 0;
        shared[touched[t]] = 0;
      }
      neighbours[i] = ids;
      scores[i] = values;
    }
  }

  Instant builtAt() {
    return builtAt;
  }

  int size() {
    return skus.length;
  }

  /** The item's index, or -1 when the model does not know it. */
  int index(String sku) {
    Integer i = index.get(sku);
    return i == null ? -1 : i;
  }

  String sku(int item) {
    return skus[item];
  }

  @Nullable String category(int item) {
    return categories[item];
  }

  int[] neighbours(int item) {
    return neighbours[item];
  }

  float[] neighbourScores(int item) {
    return neighbourScores[item];
  }

  /** Decayed popularity (or trending) as of {@link #builtAt()}. */
  double popularity(int item, boolean trendingScore) {
    return trendingScore ? trending[item] : popularity[item];
  }

  /** Items by popularity (or trending), best first, in a category or overall. */
  int[] ranking(@Nullable String category, boolean trendingScore) {
    if (category == null) {
      return trendingScore ? byTrending : byPopularity;
    }
    int[] ranked =
        (trendingScore ? byTrendingInCategory : byPopularityInCategory).get(key(category));
    return ranked == null ? NO_ITEMS : ranked;
  }

  static String key(String category) {
    return category.toLowerCase(Locale.ROOT);
  }

  private Set<String> distinctCategories() {
    Set<String> result = new LinkedHashSet<>();
    for (String category : categories) {
      if (category != null) {
        result.add(key(category));
      }
    }
    return result;
  }

  private int[] order(double[] scores, @Nullable String category) {
    List<Integer> items = new ArrayList<>();
    for (int i = 0; i < skus.length; i++) {
      String c = categories[i];
      if (category == null || (c != null && key(c).equals(category))) {
        items.add(i);
      }
    }
    items.sort((x, y) -> Double.compare(scores[y], scores[x]));
    return items.stream().mapToInt(Integer::intValue).toArray();
  }
}
