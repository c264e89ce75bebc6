package io.c360.recommendation.policy;

import io.c360.recommendation.recommender.Candidate;
import io.c360.recommendation.recommender.RecommendationQuery;
import io.c360.recommendation.recommender.Recommender;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns a policy into ranked candidates, best first. The model policies ({@code exclude-purchased},
 * {@code repeat-allowed}, {@code personalize}) ask the given backend with the context's strategy;
 * the baselines ask the base backend (the embedded recommender) for buy-again, popular, trending
 * and similar items; {@code top-frequency} and {@code blend} also use the customer's purchase
 * counts. The business rules (stock, bought items, categories) are the caller's.
 */
public final class PolicyRanker {

  /** Not part of the port: the embedded recommender's strategy name for trending items. */
  static final String TRENDING_STRATEGY = "trending";

  private static final int RECENT_ANCHORS = 5;

  private final Recommender base;

  /**
   * @param base answers the baselines (popular, trending, buy-again, similar)
   */
  public PolicyRanker(Recommender base) {
    this.base = base;
  }

  /**
   * One list to make.
   *
   * @param strategy the context's strategy (what the model policies ask the backend for)
   * @param anchors the product page's item or the cart's items (never recommended)
   * @param count how many candidates to return (callers ask for more than they show)
   */
  public record Ask(
      String context,
      String strategy,
      Shopper shopper,
      List<String> anchors,
      @Nullable String category,
      int count,
      Map<String, String> attributes) {

    public Ask {
      anchors = List.copyOf(anchors);
      attributes = Map.copyOf(attributes);
    }
  }

  /** The candidates of {@code policy}; {@code model} answers the model policies. */
  public List<Candidate> rank(Policy policy, Recommender model, Ask ask) {
    return switch (policy.name()) {
      case Policy.EXCLUDE_PURCHASED, Policy.REPEAT_ALLOWED, Policy.PERSONALIZE ->
          model.recommend(query(ask, ask.strategy(), ask.anchors()));
      case Policy.BUY_AGAIN ->
          base.recommend(query(ask, RecommendationQuery.REPURCHASE, ask.anchors()));
      case Policy.POPULARITY -> base.popular(ask.category(), ask.count());
      case Policy.TRENDING -> base.recommend(query(ask, TRENDING_STRATEGY, ask.anchors()));
      case Policy.SIMILAR_TO_RECENT -> similarToRecent(ask);
      case Policy.TOP_FREQUENCY -> topFrequency(ask);
      case Policy.BLEND -> blend(policy.weight(), model, ask);
      default -> throw new IllegalArgumentException("policy " + policy + " ranks nothing itself");
    };
  }

  private List<Candidate> similarToRecent(Ask ask) {
    List<String> anchors =
        ask.anchors().isEmpty()
            ? ask.shopper().recentItems().stream().limit(RECENT_ANCHORS).toList()
            : ask.anchors();
    return base.recommend(query(ask, RecommendationQuery.SIMILAR, anchors));
  }

  /** The customer's items by order count (scored above 1), then popular items (scored below 1). */
  private List<Candidate> topFrequency(Ask ask) {
    Set<String> anchors = Set.copyOf(ask.anchors());
    List<Candidate> own = ownFrequent(ask.shopper(), anchors);
    List<Candidate> result = new ArrayList<>(ask.count());
    Set<String> taken = new HashSet<>(anchors);
    for (Candidate c : own) {
      if (result.size() < ask.count() && taken.add(c.sku())) {
        result.add(new Candidate(c.sku(), 1 + c.score()));
      }
    }
    if (result.size() < ask.count()) {
      List<Candidate> popular = base.popular(ask.category(), ask.count() + taken.size());
      double top = maxScore(popular);
      for (Candidate c : popular) {
        if (result.size() < ask.count() && taken.add(c.sku())) {
          result.add(new Candidate(c.sku(), top > 0 ? c.score() / top * 0.999 : 0));
        }
      }
    }
    return result;
  }

  /**
   * {@code weight · f + (1 − weight) · m}: f the item's order count over the customer's largest, m
   * the model's score over its best (each 0 to 1); ties keep the model's order.
   */
  private List<Candidate> blend(double weight, Recommender model, Ask ask) {
    List<Candidate> fromModel = model.recommend(query(ask, ask.strategy(), ask.anchors()));
    List<Candidate> own = ownFrequent(ask.shopper(), Set.copyOf(ask.anchors()));
    Map<String, Double> scores = new LinkedHashMap<>();
    double modelTop = maxScore(fromModel);
    for (Candidate c : fromModel) {
      scores.merge(c.sku(), (1 - weight) * (modelTop > 0 ? c.score() / modelTop : 0), Double::sum);
    }
    double ownTop = maxScore(own);
    for (Candidate c : own) {
      scores.merge(c.sku(), weight * c.score() / ownTop, Double::sum);
    }
    List<Candidate> result = new ArrayList<>(scores.size());
    scores.forEach((sku, score) -> result.add(new Candidate(sku, score)));
    result.sort((a, b) -> Double.compare(b.score(), a.score()));
    return result.size() > ask.count() ? List.copyOf(result.subList(0, ask.count())) : result;
  }

  private static List<Candidate> ownFrequent(Shopper shopper, Set<String> anchors) {
    return shopper.frequentItems().stream().filter(c -> !anchors.contains(c.sku())).toList();
  }

  private static double maxScore(List<Candidate> candidates) {
    double max = 0;
    for (Candidate c : candidates) {
      max = Math.max(max, c.score());
    }
    return max;
  }

  private static RecommendationQuery query(Ask ask, String strategy, List<String> anchors) {
    return new RecommendationQuery(
        ask.context(),
        strategy,
        ask.shopper().profileId(),
        ask.shopper().recentItems(),
        anchors,
        ask.category(),
        ask.count(),
        ask.attributes());
  }
}
