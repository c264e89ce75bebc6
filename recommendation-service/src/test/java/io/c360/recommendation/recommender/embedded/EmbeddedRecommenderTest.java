package io.c360.recommendation.recommender.embedded;

import static io.c360.recommendation.recommender.embedded.Interactions.NOW;
import static io.c360.recommendation.recommender.embedded.Interactions.of;
import static io.c360.recommendation.recommender.embedded.Interactions.profiles;
import static io.c360.recommendation.recommender.embedded.Interactions.purchase;
import static io.c360.recommendation.recommender.embedded.Interactions.together;
import static io.c360.recommendation.recommender.embedded.Interactions.view;
import static org.assertj.core.api.Assertions.assertThat;

import io.c360.recommendation.interaction.Interaction;
import io.c360.recommendation.interaction.Interaction.Kind;
import io.c360.recommendation.recommender.Candidate;
import io.c360.recommendation.recommender.RecommendationQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class EmbeddedRecommenderTest {

  private final EmbeddedRecommender recommender =
      new EmbeddedRecommender(EmbeddedSettings.defaults(), Clock.fixed(NOW, ZoneOffset.UTC));

  /** COF-1 goes with COF-2 (many customers), with KIT-1 (a few), and TEA-1 is on its own. */
  private void coffeeWorld() {
    recommender.record(together(profiles("a", 12), "COF-1", "COF-2"));
    recommender.record(together(profiles("b", 3), "COF-1", "KIT-1"));
    recommender.record(together(profiles("c", 8), "TEA-1", "TEA-2"));
    recommender.record(together(profiles("d", 5), "COF-3"));
    recommender.rebuild();
  }

  private static List<String> skus(List<Candidate> candidates) {
    return candidates.stream().map(Candidate::sku).toList();
  }

  private static RecommendationQuery query(
      String strategy, @Nullable String profile, List<String> recent, List<String> anchors) {
    return new RecommendationQuery("home", strategy, profile, recent, anchors, null, 5, Map.of());
  }

  @Test
  void ranksItemsCoViewedAndCoBoughtMostOftenFirst() {
    coffeeWorld();

    List<String> similar = skus(recommender.similar("COF-1", 5));

    assertThat(similar).startsWith("COF-2", "KIT-1").doesNotContain("COF-1");
  }

  @Test
  void damperPairsSeenByFewCustomers() {
    // One customer buys COF-9 and TEA-9 only: a perfect cosine from a single customer.
    recommender.record(together(List.of("lonely"), "COF-9", "TEA-9"));
    coffeeWorld();
    recommender.record(together(List.of("lonely2"), "COF-1"));
    recommender.rebuild();

    List<Candidate> fromLonely = recommender.similar("COF-9", 1);
    List<Candidate> fromPopular = recommender.similar("COF-1", 1);

    assertThat(fromLonely.getFirst().score()).isLessThan(fromPopular.getFirst().score());
  }

  @Test
  void neverRecommendsAnAnchorItem() {
    coffeeWorld();

    List<String> result =
        skus(recommender.recommend(query("similar", null, List.of(), List.of("COF-1", "COF-2"))));

    // Six items are known; without the two anchors four remain.
    assertThat(result).doesNotContain("COF-1", "COF-2").startsWith("KIT-1").hasSize(4);
  }

  @Test
  void aRedeliveredInteractionDoesNotChangeScores() {
    coffeeWorld();
    Interaction buy = purchase("x", "TEA-1");
    recommender.record(List.of(buy));
    recommender.rebuild();
    List<Candidate> popular = recommender.popular(null, 10);
    List<Candidate> similar = recommender.similar("TEA-1", 10);

    recommender.record(List.of(buy, buy));
    List<Candidate> popularBeforeRebuild = recommender.popular(null, 10);
    recommender.rebuild();

    assertThat(popularBeforeRebuild).isEqualTo(popular);
    assertThat(recommender.popular(null, 10)).isEqualTo(popular);
    assertThat(recommender.similar("TEA-1", 10)).isEqualTo(similar);
  }

  @Test
  void olderInteractionsWeighLess() {
    recommender.record(
        List.of(
            of("p1", "COF-1", Kind.PURCHASE, Duration.ofDays(90)),
            of("p2", "COF-2", Kind.PURCHASE, Duration.ofDays(1))));
    recommender.rebuild();

    List<Candidate> popular = recommender.popular(null, 2);

    assertThat(skus(popular)).containsExactly("COF-2", "COF-1");
    assertThat(popular.get(1).score() / popular.get(0).score()).isCloseTo(0.125, within(0.01));
  }

  @Test
  void personalizedResultsFollowNewInteractionsBeforeAndAfterARebuild() {
    coffeeWorld();
    RecommendationQuery forAnn = query("personalized", "ann", List.of(), List.of());
    List<String> coldStart = skus(recommender.recommend(forAnn));

    recommender.record(List.of(view("ann", "TEA-1")));
    List<String> beforeRebuild = skus(recommender.recommend(forAnn));
    recommender.rebuild();
    List<String> afterRebuild = skus(recommender.recommend(forAnn));

    assertThat(beforeRebuild).isNotEqualTo(coldStart).startsWith("TEA-1", "TEA-2");
    assertThat(afterRebuild).startsWith("TEA-1", "TEA-2");
  }

  @Test
  void similarItemsOfARequestFollowTheModelAfterARebuild() {
    coffeeWorld();
    RecommendationQuery aroundTea = query("similar", null, List.of(), List.of("TEA-1"));
    assertThat(skus(recommender.recommend(aroundTea))).startsWith("TEA-2");

    recommender.record(together(profiles("e", 30), "TEA-1", "KIT-5"));
    assertThat(skus(recommender.recommend(aroundTea))).startsWith("TEA-2");
    recommender.rebuild();

    assertThat(skus(recommender.recommend(aroundTea))).startsWith("KIT-5");
  }

  @Test
  void aProfilesRecentItemsOfTheRequestChangeItsPersonalizedResults() {
    coffeeWorld();
    recommender.record(List.of(view("fay", "COF-1")));
    List<String> fromHistory =
        skus(recommender.recommend(query("personalized", "fay", List.of(), List.of())));

    List<String> withRecentTea =
        skus(recommender.recommend(query("personalized", "fay", List.of("TEA-1"), List.of())));

    assertThat(fromHistory.subList(0, 3)).containsExactly("COF-1", "COF-2", "KIT-1");
    assertThat(withRecentTea.subList(0, 4))
        .containsExactlyInAnyOrder("COF-1", "COF-2", "TEA-1", "TEA-2");
  }

  @Test
  void aRebuildKeepsTheModelWhileNothingChangedForUpToAnHour() {
    MovableClock clock = new MovableClock();
    EmbeddedRecommender embedded = new EmbeddedRecommender(EmbeddedSettings.defaults(), clock);
    embedded.record(together(profiles("a", 3), "COF-1", "COF-2"));
    assertThat(embedded.rebuild()).isTrue();
    Instant built = embedded.modelBuiltAt();

    clock.advance(Duration.ofMinutes(1));
    assertThat(embedded.rebuild()).isFalse();
    assertThat(embedded.modelBuiltAt()).isEqualTo(built);

    embedded.record(List.of(view("b", "COF-3")));
    assertThat(embedded.rebuild()).isTrue();
    assertThat(embedded.modelItems()).isEqualTo(3);

    clock.advance(Duration.ofMinutes(1));
    embedded.forget("b");
    assertThat(embedded.rebuild()).isTrue();
    assertThat(embedded.modelItems()).isEqualTo(2);

    clock.advance(EmbeddedRecommender.MAX_UNCHANGED_MODEL_AGE);
    assertThat(embedded.rebuild()).isTrue();
    assertThat(embedded.modelBuiltAt()).isEqualTo(clock.instant());
  }

  /** A clock the test moves. */
  private static final class MovableClock extends Clock {
    private Instant now = NOW;

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  @Test
  void requestRecentItemsSeedPersonalizedResults() {
    coffeeWorld();

    List<String> result =
        skus(recommender.recommend(query("personalized", null, List.of("KIT-1"), List.of())));

    assertThat(result).startsWith("KIT-1", "COF-1");
  }

  @Test
  void aColdStartCustomerGetsPopularItems() {
    coffeeWorld();

    List<String> result =
        skus(recommender.recommend(query("personalized", "stranger", List.of(), List.of())));

    assertThat(result).isEqualTo(skus(recommender.popular(null, 5)));
  }

  @Test
  void popularItemsAreRankedWithinACategory() {
    coffeeWorld();

    assertThat(skus(recommender.popular("Tea", 5))).containsExactly("TEA-1", "TEA-2");
    assertThat(skus(recommender.popular("coffee", 5))).containsExactly("COF-1", "COF-2", "COF-3");
  }

  @Test
  void popularityCountsNewInteractionsBeforeARebuild() {
    coffeeWorld();
    List<Interaction> rush = new ArrayList<>();
    for (String p : profiles("rush", 30)) {
      rush.add(purchase(p, "KIT-7"));
    }

    recommender.record(rush);

    assertThat(skus(recommender.popular(null, 1))).containsExactly("KIT-7");
    assertThat(skus(recommender.popular("Kitchen", 1))).containsExactly("KIT-7");
    assertThat(skus(recommender.trending(null, 1))).containsExactly("KIT-7");
  }

  @Test
  void trendingFavoursRecentInteractionsOverOldFavourites() {
    List<Interaction> interactions = new ArrayList<>();
    for (String p : profiles("old", 10)) {
      interactions.add(of(p, "COF-1", Kind.PURCHASE, Duration.ofDays(20)));
    }
    for (String p : profiles("new", 3)) {
      interactions.add(of(p, "COF-2", Kind.PURCHASE, Duration.ofHours(6)));
    }
    recommender.record(interactions);
    recommender.rebuild();

    assertThat(skus(recommender.popular(null, 1))).containsExactly("COF-1");
    assertThat(skus(recommender.trending(null, 1))).containsExactly("COF-2");
  }

  @Test
  void anyStrategyFallsBackToPopularInTheQueryCategory() {
    coffeeWorld();
    RecommendationQuery query =
        new RecommendationQuery(
            "product", "similar", null, List.of(), List.of("NEW-1"), "Tea", 4, Map.of());

    List<Candidate> result = recommender.recommend(query);

    assertThat(skus(result)).startsWith("TEA-1", "TEA-2").hasSize(4);
    assertThat(result).isSortedAccordingTo((x, y) -> Double.compare(y.score(), x.score()));
  }

  @Test
  void repurchaseProposesWhatTheCustomerBuysAgainAndComplementsOfTheCart() {
    coffeeWorld();
    recommender.record(
        List.of(
            of("ann", "TEA-1", Kind.PURCHASE, Duration.ofDays(60)),
            of("ann", "TEA-1", Kind.PURCHASE, Duration.ofDays(30)),
            of("ann", "TEA-1", Kind.PURCHASE, Duration.ofDays(2))));

    List<String> result =
        skus(recommender.recommend(query("repurchase", "ann", List.of(), List.of("COF-1"))));

    assertThat(result.subList(0, 3)).containsExactlyInAnyOrder("TEA-1", "COF-2", "KIT-1");
    assertThat(result).doesNotContain("COF-1");
  }

  @Test
  void rankOrdersKnownItemsByScoreAndKeepsUnknownOnesAtTheEnd() {
    coffeeWorld();

    List<String> ranked =
        skus(
            recommender.rank(
                null, List.of("COF-1"), List.of("NEW-2", "TEA-1", "KIT-1", "NEW-1", "COF-2")));

    assertThat(ranked).containsExactly("COF-2", "KIT-1", "TEA-1", "NEW-2", "NEW-1");
  }

  @Test
  void forgetRemovesRecentItemsAtOnceAndInfluenceAfterARebuild() {
    coffeeWorld();
    List<Interaction> eve = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      eve.add(of("eve", "TEA-1", Kind.PURCHASE, Duration.ofHours(i + 1)));
      eve.add(of("eve", "KIT-5", Kind.PURCHASE, Duration.ofHours(i + 1)));
    }
    recommender.record(eve);
    recommender.rebuild();
    RecommendationQuery forEve = query("personalized", "eve", List.of(), List.of());
    assertThat(skus(recommender.recommend(forEve)).subList(0, 2))
        .containsExactlyInAnyOrder("TEA-1", "KIT-5");
    assertThat(skus(recommender.similar("TEA-1", 3))).contains("KIT-5");

    recommender.forget("eve");

    assertThat(skus(recommender.recommend(forEve))).isEqualTo(skus(recommender.popular(null, 5)));
    recommender.rebuild();
    assertThat(skus(recommender.similar("TEA-1", 3))).doesNotContain("KIT-5");
    assertThat(skus(recommender.popular(null, 10))).doesNotContain("KIT-5");
  }

  @Test
  void readsDuringRebuildsAlwaysSeeACompleteModel() throws Exception {
    for (int p = 0; p < 300; p++) {
      List<Interaction> history = new ArrayList<>();
      for (int k = 0; k < 20; k++) {
        history.add(purchase("u" + p, "COF-" + ((p + k * 7) % 400)));
      }
      recommender.record(history);
    }
    recommender.rebuild();
    List<Candidate> expectedSimilar = recommender.similar("COF-7", 10);
    RecommendationQuery personal = query("personalized", "u3", List.of("COF-9"), List.of());
    List<Candidate> expectedPersonal = recommender.recommend(personal);

    AtomicBoolean done = new AtomicBoolean();
    CountDownLatch started = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      Future<Integer> rebuilds =
          pool.submit(
              () -> {
                started.await();
                for (int r = 0; r < 10; r++) {
                  // forgetting a profile nobody has is a change, so every rebuild builds a model
                  recommender.forget("nobody-" + r);
                  assertThat(recommender.rebuild()).isTrue();
                }
                done.set(true);
                return 10;
              });
      List<Future<Integer>> readers = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        readers.add(
            pool.submit(
                () -> {
                  int reads = 0;
                  started.countDown();
                  while (!done.get()) {
                    assertThat(recommender.similar("COF-7", 10)).isEqualTo(expectedSimilar);
                    assertThat(recommender.recommend(personal)).isEqualTo(expectedPersonal);
                    reads++;
                  }
                  return reads;
                }));
      }
      assertThat(rebuilds.get(60, TimeUnit.SECONDS)).isEqualTo(10);
      for (Future<Integer> reader : readers) {
        assertThat(reader.get(60, TimeUnit.SECONDS)).isPositive();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static org.assertj.core.data.Offset<Double> within(double offset) {
    return org.assertj.core.data.Offset.offset(offset);
  }
}
