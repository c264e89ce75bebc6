package io.c360.recommendation.interaction;

import io.c360.common.event.Commerce;
import io.c360.common.event.CustomerEvent;
import io.c360.common.event.EventType;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads interactions out of resolved events' typed {@link Commerce} part: {@code Product Viewed},
 * {@code Product Added to Wishlist}, {@code Product Added} (its product) and {@code Order
 * Completed} (one purchase per line). Other events carry no interaction.
 */
public final class Interactions {

  private Interactions() {}

  public static List<Interaction> of(String profileId, CustomerEvent event) {
    if (event.type() != EventType.TRACK || event.event() == null) {
      return List.of();
    }
    Interaction.Kind kind =
        switch (event.event()) {
          case "Product Viewed" -> Interaction.Kind.VIEW;
          case "Product Added to Wishlist" -> Interaction.Kind.WISHLIST;
          case "Product Added" -> Interaction.Kind.CART_ADD;
          case "Order Completed" -> Interaction.Kind.PURCHASE;
          default -> null;
        };
    if (kind == null) {
      return List.of();
    }
    Commerce commerce = event.commerce();
    if (commerce == null) {
      return List.of();
    }
    if (kind != Interaction.Kind.PURCHASE) {
      String sku = commerce.firstSku();
      return sku == null
          ? List.of()
          : List.of(
              new Interaction(
                  profileId,
                  sku,
                  commerce.firstCategory(),
                  kind,
                  event.timestamp(),
                  event.messageId()));
    }
    List<Interaction> purchases = new ArrayList<>();
    List<Commerce.Line> lines = commerce.lines();
    for (int line = 0; line < lines.size(); line++) {
      String sku = lines.get(line).sku();
      if (sku != null) {
        purchases.add(
            new Interaction(
                profileId,
                sku,
                lines.get(line).category(),
                kind,
                event.timestamp(),
                event.messageId() + "#" + line));
      }
    }
    return purchases;
  }
}
