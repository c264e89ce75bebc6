package io.c360.recommendation.interaction;

import io.c360.common.event.CustomerEvent;
import io.c360.common.event.EventType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads interactions out of resolved events, by Segment's e-commerce spec: {@code Product Viewed},
 * {@code Product Added to Wishlist}, {@code Product Added} (sku from {@code sku} or {@code
 * product_id}) and {@code Order Completed} (one purchase per line of {@code products}). Other
 * events carry no interaction.
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
    Map<String, Object> properties = event.properties() == null ? Map.of() : event.properties();
    if (kind != Interaction.Kind.PURCHASE) {
      String sku = sku(properties);
      return sku == null
          ? List.of()
          : List.of(
              new Interaction(
                  profileId,
                  sku,
                  text(properties.get("category")),
                  kind,
                  event.timestamp(),
                  event.messageId()));
    }
    List<Interaction> purchases = new ArrayList<>();
    if (properties.get("products") instanceof List<?> products) {
      int line = 0;
      for (Object product : products) {
        if (product instanceof Map<?, ?> map) {
          @SuppressWarnings("unchecked")
          Map<String, Object> fields = (Map<String, Object>) map;
          String sku = sku(fields);
          if (sku != null) {
            purchases.add(
                new Interaction(
                    profileId,
                    sku,
                    text(fields.get("category")),
                    kind,
                    event.timestamp(),
                    event.messageId() + "#" + line));
          }
        }
        line++;
      }
    }
    return purchases;
  }

  private static @Nullable String sku(Map<String, Object> fields) {
    String sku = text(fields.get("sku"));
    return sku != null ? sku : text(fields.get("product_id"));
  }

  private static @Nullable String text(@Nullable Object value) {
    if (value instanceof String s && !s.isBlank()) {
      return s.trim();
    }
    if (value instanceof Number n) {
      return n.toString();
    }
    return null;
  }
}
