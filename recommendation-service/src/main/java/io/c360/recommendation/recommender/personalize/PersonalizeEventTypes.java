package io.c360.recommendation.recommender.personalize;

import io.c360.recommendation.interaction.Interaction;

/**
 * The EVENT_TYPE values C360 sends to Personalize, live (PutEvents) and in the export. They must
 * match the EVENT_TYPE values of the interactions dataset the solutions were trained on, case
 * included: ECOMMERCE recommenders look for {@code View} and {@code Purchase}.
 */
final class PersonalizeEventTypes {

  static final String VIEW = "View";
  static final String WISHLIST = "Wishlist";
  static final String ADD_TO_CART = "AddToCart";
  static final String PURCHASE = "Purchase";

  private PersonalizeEventTypes() {}

  static String of(Interaction.Kind kind) {
    return switch (kind) {
      case VIEW -> VIEW;
      case WISHLIST -> WISHLIST;
      case CART_ADD -> ADD_TO_CART;
      case PURCHASE -> PURCHASE;
    };
  }
}
