package io.c360.recommendation.recommender;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a recommender is asked for one request.
 *
 * @param context the page or channel: {@code home}, {@code product}, {@code cart}, {@code
 *     checkout}, {@code email} (a backend may configure itself per context, e.g. a Personalize
 *     campaign)
 * @param strategy what the context asks for: {@code personalized} (for this customer), {@code
 *     similar} (similar and complementary to the anchor items), {@code repurchase} (what this
 *     customer buys again, and complements of the anchor items) or {@code popular}
 * @param profileId the customer's profile, or null for an unknown visitor
 * @param recentItems skus the customer interacted with, newest first (may be empty)
 * @param anchorItems the product page's item, or the cart's items
 * @param category a category the caller wants (a hint; the service filters anyway)
 * @param count how many candidates are wanted; the service asks for more than it shows, since its
 *     rules (stock, already bought) remove some
 * @param attributes request context a backend may use (e.g. {@code DEVICE} for Personalize)
 */
public record RecommendationQuery(
    String context,
    String strategy,
    @Nullable String profileId,
    List<String> recentItems,
    List<String> anchorItems,
    @Nullable String category,
    int count,
    Map<String, String> attributes) {

  public static final String PERSONALIZED = "personalized";
  public static final String SIMILAR = "similar";
  public static final String REPURCHASE = "repurchase";
  public static final String POPULAR = "popular";

  public RecommendationQuery {
    recentItems = List.copyOf(recentItems);
    anchorItems = List.copyOf(anchorItems);
    attributes = Map.copyOf(attributes);
  }
}
