package io.c360.recommendation.recommender;

import io.c360.recommendation.interaction.InteractionLearner;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A recommendation backend. The service applies the business rules (stock, already bought,
 * categories) and resolves items; a backend only proposes and scores skus. Implementations are
 * thread-safe: every request thread calls them at once.
 */
public interface Recommender extends InteractionLearner {

  /** The name reported with each item, e.g. {@code embedded} or {@code personalize}. */
  @Override
  String name();

  /** Candidates for a query, best first; empty when the backend has nothing to say. */
  List<Candidate> recommend(RecommendationQuery query);

  /** Items similar to or bought with {@code sku}, best first. */
  List<Candidate> similar(String sku, int count);

  /** The most popular items now, in a category or overall, best first. */
  List<Candidate> popular(@Nullable String category, int count);

  /**
   * The given skus re-ordered for the customer, best first, each with its score; skus the backend
   * does not know keep their relative order at the end.
   */
  List<Candidate> rank(@Nullable String profileId, List<String> recentItems, List<String> skus);
}
