package io.c360.activation.campaign;

import io.c360.activation.delivery.RecommendedItem;
import io.c360.activation.profile.ActivationProfile;
import java.util.List;

/** Products to put into a customer's message (port). */
public interface RecommendationSource {

  /**
   * Up to {@code count} products for the customer; never slow and never failing: an adapter falls
   * back to popular items, and to none, rather than stall a campaign.
   */
  List<RecommendedItem> forMessage(ActivationProfile profile, int count);
}
