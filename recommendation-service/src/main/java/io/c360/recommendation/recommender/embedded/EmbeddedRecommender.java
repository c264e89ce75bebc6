package io.c360.recommendation.recommender.embedded;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.c360.recommendation.interaction.Interaction;
import io.c360.recommendation.recommender.Candidate;
import io.c360.recommendation.recommender.RecommendationQuery;
import io.c360.recommendation.recommender.Recommender;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.jspecify.annotations.Nullable;

/**
 * The default, in-process recommender: item-to-item collaborative filtering (top-K neighbours by
 * shrunk cosine over decayed customer–item vectors), personalized item-kNN over a customer's recent
 * and own items, buy-again for consumables, and decayed popularity and trending for cold start. See
 * {@code docs/recommendations.md} for the model and its offline evaluation.
 *
 * <p><b>Concurrency.</b> Reads never lock: they use one immutable {@link Model} (neighbours,
 * popularity) and lock-free per-profile histories. {@link #record} updates a customer's history and
 * live popularity counters at once; neighbours change at the next {@link #rebuild}, which builds a
 * new model off the request path and swaps it in whole. Record and forget share a read-write lock
 * with the instant of a rebuild that snapshots the log, so no interaction is lost between the old
 * model's counters and the new model.
 */
public final class EmbeddedRecommender implements Recommender {

  /** Not part of the port: the strategy name that asks for trending items. */
  public static final String TRENDING = "trending";

  private static final double TIE_BREAK = 1e-9;
  private static final int MAX_ANCHORS_FROM_RECENT = 5;
  private static final int CACHED_CANDIDATES = 100_000;

  /** A rebuild with nothing recorded or forgotten since the last one is skipped up to this age. */
  static final Duration MAX_UNCHANGED_MODEL_AGE = Duration.ofHours(1);

  /** A model and the live counters of what was recorded since its log snapshot. */
  private record Live(Model model, List<LiveCounts> counts) {}

  /** The shape of a request whose model candidates are cached. */
  private record CandidatesKey(
      String strategy,
      @Nullable String profileId,
      List<String> recentItems,
      List<String> anchorItems,
      int count) {}

  /** Ranked model candidates, valid for this model and this history of the profile. */
  private record CachedCandidates(
      Model model, Interaction @Nullable [] history, List<Candidate> top) {}

  private final EmbeddedSettings settings;
  private final Clock clock;
  private final InteractionLog log;
  private final ReentrantReadWriteLock writers = new ReentrantReadWriteLock();
  private final Object rebuilding = new Object();
  private volatile Live live;

  /** Interactions added and profiles forgotten so far, and how many of them the model has seen. */
  private final AtomicLong changes = new AtomicLong();

  private long changesBuilt;
  private final Cache<CandidatesKey, CachedCandidates> candidates =
      Caffeine.newBuilder().maximumSize(CACHED_CANDIDATES).build();

  public EmbeddedRecommender(EmbeddedSettings settings, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.log = new InteractionLog(settings.maxInteractionsPerProfile());
    Instant now = clock.instant();
    this.live = new Live(Model.empty(now), List.of(new LiveCounts(now, settings)));
  }

  @Override
  public String name() {
    return "embedded";
  }

  @Override
  public List<Candidate> recommend(RecommendationQuery query) {
    int n = query.count();
    if (n <= 0) {
      return List.of();
    }
    Live current = live;
    Model model = current.model();
    Instant now = clock.instant();
    Set<String> exclude = new HashSet<>(query.anchorItems());
    String category = query.category();
    List<Candidate> top;
    switch (query.strategy()) {
      case RecommendationQuery.POPULAR -> top = List.of();
      case TRENDING -> {
        return ranked(current, category, n, true, exclude, now);
      }
      case RecommendationQuery.SIMILAR -> {
        List<String> anchors =
            query.anchorItems().isEmpty()
                ? query.recentItems().stream().limit(MAX_ANCHORS_FROM_RECENT).toList()
                : query.anchorItems();
        top =
            cached(
                new CandidatesKey(query.strategy(), null, List.of(), anchors, n),
                model,
                null,
                () -> top(neighbourScores(model, anchors), n, exclude));
        if (category == null) {
          category = categoryOf(current, anchors);
        }
      }
      case RecommendationQuery.REPURCHASE -> {
        top = top(repurchaseScores(model, query.profileId(), query.anchorItems(), now), n, exclude);
        if (category == null) {
          category = categoryOf(current, query.anchorItems());
        }
      }
      default -> {
        String profileId = query.profileId();
        Interaction @Nullable [] history = profileId == null ? null : log.snapshot(profileId);
        top =
            cached(
                new CandidatesKey(
                    RecommendationQuery.PERSONALIZED,
                    profileId,
                    query.recentItems(),
                    query.anchorItems(),
                    n),
                model,
                history,
                () ->
                    top(
                        personalScores(model, seeds(history, query.recentItems(), now)),
                        n,
                        exclude));
      }
    }
    return fill(current, top, n, category, exclude, now);
  }

  /** The cached candidates of this request shape if model and history are still the same. */
  private List<Candidate> cached(
      CandidatesKey key,
      Model model,
      Interaction @Nullable [] history,
      java.util.function.Supplier<List<Candidate>> compute) {
    CachedCandidates hit = candidates.getIfPresent(key);
    if (hit != null && hit.model() == model && hit.history() == history) {
      return hit.top();
    }
    List<Candidate> top = compute.get();
    candidates.put(key, new CachedCandidates(model, history, top));
    return top;
  }

  @Override
  public List<Candidate> similar(String sku, int count) {
    if (count <= 0) {
      return List.of();
    }
    Live current = live;
    Set<String> exclude = Set.of(sku);
    List<Candidate> top = top(neighbourScores(current.model(), List.of(sku)), count, exclude);
    return fill(current, top, count, categoryOf(current, List.of(sku)), exclude, clock.instant());
  }

  @Override
  public List<Candidate> popular(@Nullable String category, int count) {
    return ranked(live, category, count, false, Set.of(), clock.instant());
  }

  /**
   * Trending items: popularity with the short {@link EmbeddedSettings#trendingHalfLife()}, so what
   * many customers interact with this week rises above long-time favourites.
   */
  public List<Candidate> trending(@Nullable String category, int count) {
    return ranked(live, category, count, true, Set.of(), clock.instant());
  }

  @Override
  public List<Candidate> rank(
      @Nullable String profileId, List<String> recentItems, List<String> skus) {
    Live current = live;
    Model model = current.model();
    Instant now = clock.instant();
    Interaction @Nullable [] history = profileId == null ? null : log.snapshot(profileId);
    Map<String, Double> scores = personalScores(model, seeds(history, recentItems, now));
    List<Candidate> known = new ArrayList<>();
    List<Candidate> unknown = new ArrayList<>();
    for (String sku : skus) {
      Double score = scores.get(sku);
      boolean isKnown = score != null || model.index(sku) >= 0 || inCounts(current, sku);
      if (isKnown) {
        double popularity = popularity(current, sku, false, now);
        double tieBreak = TIE_BREAK * popularity / (1 + popularity);
        known.add(new Candidate(sku, (score == null ? 0 : score) + tieBreak));
      } else {
        unknown.add(new Candidate(sku, 0));
      }
    }
    known.sort(Comparator.comparingDouble(Candidate::score).reversed());
    known.addAll(unknown);
    return known;
  }

  @Override
  public void record(List<Interaction> interactions) {
    Instant now = clock.instant();
    Instant oldest = now.minus(settings.horizon());
    writers.readLock().lock();
    try {
      LiveCounts counts = live.counts().getLast();
      for (Interaction interaction : interactions) {
        if (log.add(interaction, oldest)) {
          counts.add(interaction, settings.weight(interaction.kind()), now);
          changes.incrementAndGet();
        }
      }
    } finally {
      writers.readLock().unlock();
    }
  }

  /**
   * Removes the profile's interactions from the log at once (so its own items no longer seed its
   * recommendations); its share of neighbours and popularity goes with the next {@link #rebuild}
   * that starts after this call.
   */
  @Override
  public void forget(String profileId) {
    writers.readLock().lock();
    try {
      log.forget(profileId);
      changes.incrementAndGet();
    } finally {
      writers.readLock().unlock();
    }
  }

  /**
   * Builds a new model from the interaction log and swaps it in; reads meanwhile use the previous
   * model. One rebuild runs at a time; the shell schedules this off the request path. When nothing
   * was recorded or forgotten since the last rebuild and its model is younger than {@link
   * #MAX_UNCHANGED_MODEL_AGE}, the model is kept (a rebuild would only re-decay the same data, and
   * would replace every cached candidate list).
   *
   * @return whether a new model was built
   */
  public boolean rebuild() {
    synchronized (rebuilding) {
      Instant now = clock.instant();
      if (changes.get() == changesBuilt
          && now.isBefore(live.model().builtAt().plus(MAX_UNCHANGED_MODEL_AGE))) {
        return false;
      }
      LiveCounts fresh = new LiveCounts(now, settings);
      List<Interaction[]> histories;
      writers.writeLock().lock();
      try {
        changesBuilt = changes.get();
        log.prune(now.minus(settings.horizon()));
        histories = log.histories();
        Live previous = live;
        List<LiveCounts> counts = new ArrayList<>(previous.counts());
        counts.add(fresh);
        live = new Live(previous.model(), List.copyOf(counts));
      } finally {
        writers.writeLock().unlock();
      }
      Model model = Model.build(histories, settings, now);
      live = new Live(model, List.of(fresh));
      return true;
    }
  }

  /** When the current model was built (for health and tests). */
  public Instant modelBuiltAt() {
    return live.model().builtAt();
  }

  /** Items in the current model (for health and metrics). */
  public int modelItems() {
    return live.model().size();
  }

  /** Profiles in the interaction log (for health and metrics). */
  public int profiles() {
    return log.profiles();
  }

  // ---- scoring ------------------------------------------------------------------------------

  /**
   * A customer's seed items with weights in (0, 1]: their own history {@code history} (decayed,
   * kind-weighted, scaled so the strongest is 1) and the request's recent items ({@code
   * recentItemDecay^position}), the larger of the two per item, the strongest {@code seedItems}
   * kept.
   */
  private Map<String, Double> seeds(
      Interaction @Nullable [] history, List<String> recentItems, Instant now) {
    Map<String, Double> weights = new HashMap<>();
    if (history != null) {
      for (Interaction interaction : history) {
        double weight =
            settings.weight(interaction.kind())
                * EmbeddedSettings.decay(interaction.at(), now, settings.halfLife());
        weights.merge(interaction.sku(), weight, Double::sum);
      }
      double max = weights.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
      weights.replaceAll((sku, weight) -> weight / max);
    }
    double weight = 1;
    for (int p = 0; p < recentItems.size() && p < settings.seedItems(); p++) {
      weights.merge(recentItems.get(p), weight, Math::max);
      weight *= settings.recentItemDecay();
    }
    if (weights.size() <= settings.seedItems()) {
      return weights;
    }
    Map<String, Double> strongest = new HashMap<>();
    weights.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .limit(settings.seedItems())
        .forEach(e -> strongest.put(e.getKey(), e.getValue()));
    return strongest;
  }

  /** {@code Σ_seed weight · similarity(seed, item)} plus the seeds themselves. */
  private Map<String, Double> personalScores(Model model, Map<String, Double> seeds) {
    Map<String, Double> scores = new HashMap<>();
    for (Map.Entry<String, Double> seed : seeds.entrySet()) {
      addNeighbours(model, seed.getKey(), seed.getValue(), scores);
    }
    if (settings.ownItemsWeight() > 0) {
      for (Map.Entry<String, Double> seed : seeds.entrySet()) {
        scores.merge(seed.getKey(), settings.ownItemsWeight() * seed.getValue(), Double::sum);
      }
    }
    return scores;
  }

  private static Map<String, Double> neighbourScores(Model model, List<String> anchors) {
    Map<String, Double> scores = new HashMap<>();
    for (String anchor : anchors) {
      addNeighbours(model, anchor, 1, scores);
    }
    return scores;
  }

  /**
   * What the customer buys again (each past purchase counts {@code 2^(−age/repurchaseHalfLife)}, so
   * frequent and recent purchases lead) plus complements of the anchor items, each part scaled to a
   * maximum of 1.
   */
  private Map<String, Double> repurchaseScores(
      Model model, @Nullable String profileId, List<String> anchors, Instant now) {
    Map<String, Double> buyAgain = new HashMap<>();
    if (profileId != null) {
      for (Interaction interaction : log.history(profileId)) {
        if (interaction.kind() == Interaction.Kind.PURCHASE) {
          buyAgain.merge(
              interaction.sku(),
              EmbeddedSettings.decay(interaction.at(), now, settings.repurchaseHalfLife()),
              Double::sum);
        }
      }
    }
    Map<String, Double> scores = scaled(buyAgain);
    scaled(neighbourScores(model, anchors)).forEach((sku, s) -> scores.merge(sku, s, Double::sum));
    return scores;
  }

  private static Map<String, Double> scaled(Map<String, Double> scores) {
    double max = scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
    Map<String, Double> result = new HashMap<>();
    scores.forEach((sku, s) -> result.put(sku, s / max));
    return result;
  }

  private static void addNeighbours(
      Model model, String sku, double weight, Map<String, Double> scores) {
    int item = model.index(sku);
    if (item < 0) {
      return;
    }
    int[] neighbours = model.neighbours(item);
    float[] similarity = model.neighbourScores(item);
    for (int k = 0; k < neighbours.length; k++) {
      scores.merge(model.sku(neighbours[k]), weight * similarity[k], Double::sum);
    }
  }

  /**
   * The {@code n} best positive scores not excluded, best first (ties by sku): a bounded heap, so
   * only the kept candidates are sorted.
   */
  private static List<Candidate> top(Map<String, Double> scores, int n, Set<String> exclude) {
    if (n <= 0) {
      return List.of();
    }
    // the heap's head is the worst kept candidate: lowest score, then the greatest sku
    Comparator<Candidate> worstFirst =
        Comparator.comparingDouble(Candidate::score)
            .thenComparing(Candidate::sku, Comparator.reverseOrder());
    PriorityQueue<Candidate> best = new PriorityQueue<>(Math.min(n, scores.size()) + 1, worstFirst);
    for (Map.Entry<String, Double> e : scores.entrySet()) {
      double score = e.getValue();
      if (score <= 0 || exclude.contains(e.getKey())) {
        continue;
      }
      if (best.size() < n) {
        best.add(new Candidate(e.getKey(), score));
      } else {
        Candidate worst = best.peek();
        if (score > worst.score()
            || (score == worst.score() && e.getKey().compareTo(worst.sku()) < 0)) {
          best.poll();
          best.add(new Candidate(e.getKey(), score));
        }
      }
    }
    List<Candidate> result = new ArrayList<>(best);
    result.sort(worstFirst.reversed());
    return List.copyOf(result);
  }

  // ---- popularity ---------------------------------------------------------------------------

  /**
   * Tops up {@code top} to {@code n} with popular items of the category, then overall, scored below
   * the model's candidates (half the lowest, in proportion to popularity) and never above the
   * candidate before them.
   */
  private List<Candidate> fill(
      Live current,
      List<Candidate> top,
      int n,
      @Nullable String category,
      Set<String> exclude,
      Instant now) {
    if (top.size() >= n) {
      return top;
    }
    List<Candidate> result = new ArrayList<>(top);
    Set<String> taken = new HashSet<>(exclude);
    top.forEach(c -> taken.add(c.sku()));
    double scale = 1;
    double last = Double.MAX_VALUE;
    if (!top.isEmpty()) {
      last = top.getLast().score();
    }
    List<@Nullable String> categories = new ArrayList<>();
    if (category != null) {
      categories.add(category);
    }
    categories.add(null);
    boolean first = true;
    for (String c : categories) {
      List<Candidate> popular = ranked(current, c, n - result.size(), false, taken, now);
      if (first && !popular.isEmpty() && !top.isEmpty()) {
        scale = 0.5 * last / popular.getFirst().score();
      }
      first = first && popular.isEmpty();
      for (Candidate candidate : popular) {
        last = Math.min(last, candidate.score() * scale);
        result.add(new Candidate(candidate.sku(), last));
        taken.add(candidate.sku());
      }
      if (result.size() >= n) {
        break;
      }
    }
    return result;
  }

  /**
   * The {@code n} most popular (or trending) items: the model's ranking with its scores decayed to
   * now, merged with what was recorded since its log snapshot.
   */
  private List<Candidate> ranked(
      Live current,
      @Nullable String category,
      int n,
      boolean trending,
      Set<String> exclude,
      Instant now) {
    if (n <= 0) {
      return List.of();
    }
    Model model = current.model();
    String key = category == null ? null : Model.key(category);
    Set<String> candidates = new HashSet<>();
    for (LiveCounts counts : current.counts()) {
      for (String sku : counts.skus()) {
        if (key == null || key.equals(categoryKey(current, sku))) {
          candidates.add(sku);
        }
      }
    }
    // An item without live counts can only be passed by items with them: this many suffice.
    int[] ranking = model.ranking(category, trending);
    int take = Math.min(ranking.length, n + candidates.size() + exclude.size());
    for (int t = 0; t < take; t++) {
      candidates.add(model.sku(ranking[t]));
    }
    candidates.removeAll(exclude);
    Map<String, Double> scores = new HashMap<>();
    for (String sku : candidates) {
      scores.put(sku, popularity(current, sku, trending, now));
    }
    return top(scores, n, Set.of());
  }

  private double popularity(Live current, String sku, boolean trending, Instant now) {
    Model model = current.model();
    int item = model.index(sku);
    double score = 0;
    if (item >= 0) {
      score =
          model.popularity(item, trending)
              * EmbeddedSettings.decay(
                  model.builtAt(),
                  now,
                  trending ? settings.trendingHalfLife() : settings.halfLife());
    }
    for (LiveCounts counts : current.counts()) {
      score += counts.score(sku, trending, now);
    }
    return score;
  }

  private static boolean inCounts(Live current, String sku) {
    for (LiveCounts counts : current.counts()) {
      if (counts.skus().contains(sku)) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable String categoryKey(Live current, String sku) {
    String category = categoryOf(current, List.of(sku));
    return category == null ? null : Model.key(category);
  }

  /** The category of the first of the skus whose category is known. */
  private static @Nullable String categoryOf(Live current, List<String> skus) {
    for (String sku : skus) {
      int item = current.model().index(sku);
      if (item >= 0 && current.model().category(item) != null) {
        return current.model().category(item);
      }
      for (LiveCounts counts : current.counts()) {
        String category = counts.category(sku);
        if (category != null) {
          return category;
        }
      }
    }
    return null;
  }
}
