package io.c360.recommendation.recommender.personalize;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which Personalize resources serve which request. Plain data: the service binds it from its
 * configuration properties.
 *
 * @param contexts per page or channel ({@code home}, {@code product}, {@code cart}, …) the campaign
 *     or recommender that {@link PersonalizeRecommender#recommend} asks; a context not listed gets
 *     no Personalize recommendations (empty)
 * @param similar the "similar items" campaign or recommender for {@code similar(sku)} (item based:
 *     the sku is sent as {@code itemId}); null when not configured
 * @param popular the "popular items" recommender or campaign (e.g. an ECOMMERCE Most-Popular / Best
 *     sellers recommender) for {@code popular(category)}; null when not configured
 * @param rankingCampaignArn the campaign of a Personalized-Ranking solution for {@code rank}; null
 *     when not configured (rank then returns the skus unchanged)
 * @param trackingId the event tracker's tracking id for PutEvents; null to send no live events
 * @param timeout the bound on each call, retries included (the SDK's {@code apiCallTimeout})
 */
public record PersonalizeSettings(
    Map<String, Target> contexts,
    @Nullable Target similar,
    @Nullable Target popular,
    @Nullable String rankingCampaignArn,
    @Nullable String trackingId,
    Duration timeout) {

  /** Used when no timeout is configured: Personalize answers in tens of milliseconds. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMillis(800);

  public PersonalizeSettings {
    contexts = contexts == null ? Map.of() : Map.copyOf(contexts);
    timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
  }

  /**
   * One Personalize resource to ask and how.
   *
   * @param campaignArn a custom solution's campaign; exactly one of this and {@code recommenderArn}
   * @param recommenderArn a domain dataset group's recommender
   * @param itemBased whether the resource recommends for an item (SIMS, Similar-Items, "Customers
   *     who viewed X", "Frequently bought together"): the first anchor item, else the newest recent
   *     item, is sent as {@code itemId}, together with the {@code userId} when the visitor has a
   *     profile. Null means: true for the {@code product} and {@code cart} contexts, else false. A
   *     user-based resource is sent the {@code userId} only, so an anonymous visitor gets nothing.
   * @param filterArn a filter applied to every request; null for none
   * @param filterValues values for the filter's placeholders, sent as they are (Personalize wants
   *     string values quoted: {@code "\"shoes\""})
   * @param categoryParameter the filter placeholder (e.g. {@code CATEGORY}) that receives the
   *     request's category, quoted, when a category is asked for; null to ignore categories
   * @param promotions promotions applied to every request (GetRecommendations only)
   */
  public record Target(
      @Nullable String campaignArn,
      @Nullable String recommenderArn,
      @Nullable Boolean itemBased,
      @Nullable String filterArn,
      Map<String, String> filterValues,
      @Nullable String categoryParameter,
      List<Promotion> promotions) {

    public Target {
      if ((campaignArn == null) == (recommenderArn == null)) {
        throw new IllegalArgumentException(
            "a Personalize target needs exactly one of campaignArn and recommenderArn");
      }
      if (categoryParameter != null && filterArn == null) {
        throw new IllegalArgumentException(
            "categoryParameter '" + categoryParameter + "' needs the filterArn it belongs to");
      }
      filterValues = filterValues == null ? Map.of() : Map.copyOf(filterValues);
      promotions = promotions == null ? List.of() : List.copyOf(promotions);
    }

    /** A campaign with no filter or promotion. */
    public static Target campaign(String campaignArn) {
      return new Target(campaignArn, null, null, null, Map.of(), null, List.of());
    }

    /** A recommender with no filter or promotion. */
    public static Target recommender(String recommenderArn) {
      return new Target(null, recommenderArn, null, null, Map.of(), null, List.of());
    }

    boolean itemBasedIn(String context) {
      return itemBased != null ? itemBased : context.equals("product") || context.equals("cart");
    }
  }

  /**
   * A Personalize promotion: a share of the recommended items chosen by its own filter.
   *
   * @param name the promotion's name, reported back on the items it promoted
   * @param percentPromotedItems 1 to 100
   */
  public record Promotion(
      String name, int percentPromotedItems, String filterArn, Map<String, String> filterValues) {

    public Promotion {
      if (percentPromotedItems < 1 || percentPromotedItems > 100) {
        throw new IllegalArgumentException(
            "percentPromotedItems must be 1 to 100: " + percentPromotedItems);
      }
      filterValues = filterValues == null ? Map.of() : Map.copyOf(filterValues);
    }
  }
}
