package io.c360.recommendation.evaluation;

import io.c360.recommendation.policy.Policy;
import io.c360.recommendation.policy.PolicyRanker;
import io.c360.recommendation.recommender.Candidate;
import io.c360.recommendation.recommender.RecommendationQuery;
import io.c360.recommendation.recommender.Recommender;
import io.c360.recommendation.serving.RecommendationProperties;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The 10 items a policy would show one test customer in one context, under the rules that mean
 * something offline: never the anchors (the product page's item, the cart's items), never an
 * excluded category, bought items left out by {@code exclude-purchased} unless their category is
 * bought again, and popular items to fill a short list. Stock is not applied: today's stock says
 * nothing about what was in stock at the split.
 */
final class Lists {

  /** One test customer of one context. */
  record Case(
      String profileId,
      Replay.Customer customer,
      List<String> anchors,
      Set<String> bought,
      boolean fewOrders) {}

  private final RecommendationProperties properties;
  private final Replay replay;
  private final PolicyRanker ranker;

  Lists(RecommendationProperties properties, Replay replay) {
    this.properties = properties;
    this.replay = replay;
    this.ranker = new PolicyRanker(replay.recommender);
  }

  /**
   * The test customers of a strategy: customers with history before the split who bought in the
   * window, with the anchors the context would have (the last item touched for a product page, the
   * cart since the last order for cart and checkout); anchors are not counted as hits.
   */
  List<Case> cases(Map<String, Set<String>> truth, String strategy) {
    List<Case> cases = new ArrayList<>();
    truth.keySet().stream()
        .sorted()
        .forEach(
            profile -> {
              Replay.Customer customer = replay.customers.get(profile);
              if (customer == null) {
                return;
              }
              List<String> anchors =
                  switch (strategy) {
                    case RecommendationQuery.SIMILAR ->
                        customer.lastItem() == null ? List.of() : List.of(customer.lastItem());
                    case RecommendationQuery.REPURCHASE -> customer.cart();
                    default -> List.of();
                  };
              Set<String> bought = new LinkedHashSet<>(truth.get(profile));
              anchors.forEach(bought::remove);
              if (!bought.isEmpty()) {
                cases.add(
                    new Case(profile, customer, anchors, bought, customer.shopper().orders() < 3));
              }
            });
    return cases;
  }

  List<String> list(
      Policy policy, @Nullable Recommender model, Case c, String context, String strategy) {
    Set<String> purchased = c.customer().shopper().purchased();
    int count = 3 * Scoreboard.K + (policy.excludesPurchased() ? purchased.size() : 0);
    PolicyRanker.Ask ask =
        new PolicyRanker.Ask(
            context, strategy, c.customer().shopper(), c.anchors(), null, count, Map.of());
    Recommender backend = model != null ? model : replay.recommender;
    Set<String> kept = new LinkedHashSet<>();
    take(kept, rank(policy, backend, ask), policy, c, purchased);
    if (kept.size() < Scoreboard.K) {
      take(kept, replay.recommender.popular(null, count + kept.size()), policy, c, purchased);
    }
    return List.copyOf(kept);
  }

  /**
   * Whether a remote backend (Personalize) answers this context at all: some of the first 20 cases
   * get candidates. A context it has no campaign for is then left out of its report rather than
   * measured as popular items.
   */
  boolean answers(
      Policy policy, Recommender model, List<Case> cases, String context, String strategy) {
    for (Case c : cases.subList(0, Math.min(20, cases.size()))) {
      PolicyRanker.Ask ask =
          new PolicyRanker.Ask(
              context, strategy, c.customer().shopper(), c.anchors(), null, Scoreboard.K, Map.of());
      if (!rank(policy, model, ask).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** A remote backend that fails for one customer is a short list, as serving falls back. */
  private List<Candidate> rank(Policy policy, Recommender backend, PolicyRanker.Ask ask) {
    if (backend == replay.recommender) {
      return ranker.rank(policy, backend, ask);
    }
    try {
      return ranker.rank(policy, backend, ask);
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  private void take(
      Set<String> kept, List<Candidate> candidates, Policy policy, Case c, Set<String> purchased) {
    for (Candidate candidate : candidates) {
      if (kept.size() >= Scoreboard.K) {
        return;
      }
      String sku = candidate.sku();
      String category = replay.categories.get(sku);
      if (c.anchors().contains(sku)
          || (category != null && properties.excludedCategories().contains(category))) {
        continue;
      }
      if (policy.excludesPurchased()
          && purchased.contains(sku)
          && (category == null || !properties.repeatPurchaseCategories().contains(category))) {
        continue;
      }
      kept.add(sku);
    }
  }
}
