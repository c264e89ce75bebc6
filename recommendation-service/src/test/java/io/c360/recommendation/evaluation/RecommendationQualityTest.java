package io.c360.recommendation.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.recommendation.interaction.Interaction;
import io.c360.recommendation.interaction.Interaction.Kind;
import io.c360.recommendation.recommender.Candidate;
import io.c360.recommendation.recommender.RecommendationQuery;
import io.c360.recommendation.recommender.embedded.EmbeddedRecommender;
import io.c360.recommendation.recommender.embedded.EmbeddedSettings;
import io.c360.synthetic.RetailWorld;
import io.c360.synthetic.SyntheticCustomer;
import io.c360.synthetic.WorldSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Offline evaluation on a synthetic world (seed 7, 3,000 customers, a year ending 2025-01-01):
 * train on everything before a split 28 days before the end, and for each customer with at least
 * five earlier interactions hold out the first three distinct items they add to a cart or buy after
 * the split. Measures HR@10 and NDCG@10 per model, over all held-out items and over items new to
 * the customer, and writes the table to {@code target/recommendation-eval.md}.
 */
class RecommendationQualityTest {

  static final long SEED = 7;
  static final int CUSTOMERS = 3_000;
  static final Instant END = Instant.parse("2025-01-01T00:00:00Z");
  static final Instant SPLIT = END.minus(Duration.ofDays(28));
  static final int K = 10;
  static final int HELD_OUT = 3;
  static final int MIN_HISTORY = 5;
  static final int RECENT = 20;

  /** One test customer: what the recommender may see and what they did next. */
  record Case(
      String profileId,
      List<String> recent,
      Set<String> history,
      String topCategory,
      List<String> heldOut,
      List<String> newHeldOut) {}

  record Score(double hitRate, double ndcg, int customers) {}

  private static List<Case> cases;
  private static EmbeddedRecommender recommender;
  private static Map<String, Score[]> results;

  @BeforeAll
  static void evaluate() throws IOException {
    RetailWorld world = RetailWorld.generate(WorldSpec.of(SEED, CUSTOMERS, END));
    recommender =
        new EmbeddedRecommender(EmbeddedSettings.defaults(), Clock.fixed(SPLIT, ZoneOffset.UTC));
    cases = new ArrayList<>();
    List<Interaction> training = new ArrayList<>();
    for (SyntheticCustomer customer : world.customers()) {
      String id = customer.customerId();
      List<Interaction> all = InteractionsFromEvents.of(id, world.events(id));
      List<Interaction> train = all.stream().filter(i -> i.at().isBefore(SPLIT)).toList();
      recommender.record(train);
      training.addAll(train);
      if (train.size() < MIN_HISTORY) {
        continue;
      }
      Set<String> heldOut = new LinkedHashSet<>();
      for (Interaction i : all) {
        if (!i.at().isBefore(SPLIT)
            && (i.kind() == Kind.PURCHASE || i.kind() == Kind.CART_ADD)
            && heldOut.size() < HELD_OUT) {
          heldOut.add(i.sku());
        }
      }
      if (heldOut.isEmpty()) {
        continue;
      }
      Set<String> recent = new LinkedHashSet<>();
      Map<String, Integer> categories = new HashMap<>();
      for (Interaction i : train.reversed()) {
        if (recent.size() < RECENT) {
          recent.add(i.sku());
        }
        if (i.category() != null) {
          categories.merge(i.category(), 1, Integer::sum);
        }
      }
      Set<String> history = new LinkedHashSet<>();
      train.forEach(i -> history.add(i.sku()));
      String topCategory =
          categories.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      cases.add(
          new Case(
              id,
              List.copyOf(recent),
              history,
              topCategory,
              List.copyOf(heldOut),
              heldOut.stream().filter(s -> !history.contains(s)).toList()));
    }
    long start = System.nanoTime();
    recommender.rebuild();
    double rebuildMillis = (System.nanoTime() - start) / 1e6;

    Map<String, BiFunction<Case, Integer, List<String>>> models = new LinkedHashMap<>();
    models.put("Popularity (30-day half-life)", (c, n) -> skus(recommender.popular(null, n)));
    models.put(
        "Popularity in the customer's top category",
        (c, n) -> skus(recommender.popular(c.topCategory(), n)));
    models.put("Recently interacted (own items, newest first)", (c, n) -> c.recent());
    models.put(
        "Item-to-item (seeded by the last item)",
        (c, n) -> skus(recommender.similar(c.recent().getFirst(), n)));
    models.put(
        "Personalized item-kNN (default)",
        (c, n) -> skus(recommender.recommend(personalized(c, n))));
    for (double own : new double[] {0, 0.3, 3}) {
      EmbeddedRecommender variant =
          new EmbeddedRecommender(
              EmbeddedSettings.defaults().withOwnItemsWeight(own),
              Clock.fixed(SPLIT, ZoneOffset.UTC));
      variant.record(training);
      variant.rebuild();
      models.put(
          "Personalized item-kNN, own items weight " + own,
          (c, n) -> skus(variant.recommend(personalized(c, n))));
    }
    results = new LinkedHashMap<>();
    models.forEach(
        (name, model) -> results.put(name, new Score[] {score(model, false), score(model, true)}));

    double personalizedMicros = latency(models.get("Personalized item-kNN (default)"));
    double similarMicros = latency(models.get("Item-to-item (seeded by the last item)"));
    write(rebuildMillis, personalizedMicros, similarMicros);
  }

  @Test
  void personalizedBeatsPopularityByAWideMargin() {
    Score popularity = results.get("Popularity (30-day half-life)")[0];
    Score personalized = results.get("Personalized item-kNN (default)")[0];

    assertThat(personalized.hitRate()).isGreaterThan(2 * popularity.hitRate());
    assertThat(personalized.ndcg()).isGreaterThan(2 * popularity.ndcg());
  }

  @Test
  void personalizedBeatsPopularityOnItemsNewToTheCustomer() {
    Score popularity = results.get("Popularity (30-day half-life)")[1];
    Score personalized = results.get("Personalized item-kNN (default)")[1];

    assertThat(personalized.hitRate()).isGreaterThan(1.5 * popularity.hitRate());
  }

  @Test
  void itemToItemBeatsPopularity() {
    Score popularity = results.get("Popularity (30-day half-life)")[0];
    Score itemToItem = results.get("Item-to-item (seeded by the last item)")[0];

    assertThat(itemToItem.hitRate()).isGreaterThan(1.5 * popularity.hitRate());
  }

  /**
   * HR@10 and NDCG@10 (binary relevance, ideal DCG over min(held-out, 10) items); with {@code
   * newOnly}, only held-out items the customer had not interacted with count, the customer's own
   * items are removed from the list before cutting it to 10 (as the service's already-bought rule
   * would), and customers with no new held-out item are skipped.
   */
  private static Score score(BiFunction<Case, Integer, List<String>> model, boolean newOnly) {
    double hits = 0;
    double ndcg = 0;
    int customers = 0;
    for (Case c : cases) {
      List<String> relevant = newOnly ? c.newHeldOut() : c.heldOut();
      if (relevant.isEmpty()) {
        continue;
      }
      List<String> list = model.apply(c, newOnly ? K + c.history().size() : K);
      if (newOnly) {
        list = list.stream().filter(s -> !c.history().contains(s)).toList();
      }
      list = list.subList(0, Math.min(K, list.size()));
      double dcg = 0;
      for (int r = 0; r < list.size(); r++) {
        if (relevant.contains(list.get(r))) {
          dcg += 1 / log2(r + 2);
        }
      }
      double ideal = 0;
      for (int r = 0; r < Math.min(relevant.size(), K); r++) {
        ideal += 1 / log2(r + 2);
      }
      hits += dcg > 0 ? 1 : 0;
      ndcg += dcg / ideal;
      customers++;
    }
    return new Score(hits / customers, ndcg / customers, customers);
  }

  /** Mean microseconds per call over all test customers, after a warm-up pass. */
  private static double latency(BiFunction<Case, Integer, List<String>> model) {
    for (Case c : cases) {
      model.apply(c, K);
    }
    long start = System.nanoTime();
    int calls = 0;
    for (int round = 0; round < 3; round++) {
      for (Case c : cases) {
        model.apply(c, K);
        calls++;
      }
    }
    return (System.nanoTime() - start) / 1e3 / calls;
  }

  private static void write(double rebuildMillis, double personalizedMicros, double similarMicros)
      throws IOException {
    StringBuilder table = new StringBuilder();
    Score[] any = results.values().iterator().next();
    table.append(
        String.format(
            Locale.ROOT,
            "Synthetic world seed %d, %,d customers, split %s; %,d test customers (%,d with an"
                + " item new to them); model of %,d items.%n%n",
            SEED,
            CUSTOMERS,
            SPLIT,
            any[0].customers(),
            any[1].customers(),
            recommender.modelItems()));
    table.append("| Model | HR@10 | NDCG@10 | HR@10 new items | NDCG@10 new items |\n");
    table.append("|---|---:|---:|---:|---:|\n");
    results.forEach(
        (name, s) ->
            table.append(
                String.format(
                    Locale.ROOT,
                    "| %s | %.3f | %.3f | %.3f | %.3f |%n",
                    name,
                    s[0].hitRate(),
                    s[0].ndcg(),
                    s[1].hitRate(),
                    s[1].ndcg())));
    table.append(
        String.format(
            Locale.ROOT,
            "%nRebuild: %.0f ms. Mean latency per call: personalized %.1f µs, item-to-item %.1f"
                + " µs (this machine, single thread, JIT warm).%n",
            rebuildMillis,
            personalizedMicros,
            similarMicros));
    Path out = Path.of("target", "recommendation-eval.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, table);
    System.out.println(table);
  }

  private static RecommendationQuery personalized(Case c, int n) {
    return new RecommendationQuery(
        "home",
        RecommendationQuery.PERSONALIZED,
        c.profileId(),
        c.recent(),
        List.of(),
        null,
        n,
        Map.of());
  }

  private static List<String> skus(List<Candidate> candidates) {
    return candidates.stream().map(Candidate::sku).toList();
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
