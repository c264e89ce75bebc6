package io.c360.recommendation.recommender.personalize;

import io.c360.recommendation.interaction.Interaction;
import io.c360.recommendation.interaction.Interaction.Kind;
import io.c360.recommendation.recommender.RecommendationQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Test data for the Personalize tests: ARNs, queries, interactions and items. */
final class PersonalizeTestData {

  static final String ARN = "arn:aws:personalize:us-east-1:123456789012:";
  static final String HOME_CAMPAIGN = ARN + "campaign/home-user-personalization";
  static final String HOME_RECOMMENDER = ARN + "recommender/recommended-for-you";
  static final String SIMS_CAMPAIGN = ARN + "campaign/sims";
  static final String POPULAR_RECOMMENDER = ARN + "recommender/best-sellers";
  static final String RANKING_CAMPAIGN = ARN + "campaign/ranking";
  static final String CATEGORY_FILTER = ARN + "filter/in-category";
  static final String NEW_IN_FILTER = ARN + "filter/new-in";
  static final String TRACKING_ID = "tracking-0001";
  static final Instant T0 = Instant.parse("2026-11-01T10:15:30Z");

  private PersonalizeTestData() {}

  static RecommendationQuery query(
      String context, @Nullable String profileId, List<String> anchors, List<String> recent) {
    return new RecommendationQuery(
        context, RecommendationQuery.PERSONALIZED, profileId, recent, anchors, null, 10, Map.of());
  }

  static Interaction interaction(String profileId, String sku, Kind kind, int secondsAfterT0) {
    return new Interaction(
        profileId, sku, "shoes", kind, T0.plusSeconds(secondsAfterT0), "msg-" + secondsAfterT0);
  }

  static ExportItem item(String sku, @Nullable String category, String price) {
    return new ExportItem(sku, category, new BigDecimal(price), T0.minusSeconds(86_400));
  }
}
