package io.c360.recommendation.evaluation;

import io.c360.common.event.CustomerEvent;
import io.c360.common.event.EventType;
import io.c360.recommendation.interaction.Interaction;
import io.c360.recommendation.interaction.Interaction.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The evaluation's own, minimal reading of Segment e-commerce events into interactions (the service
 * has its own extractor): Product Viewed, Product Added, Product Added to Wishlist, and one
 * purchase per line of Order Completed.
 */
final class InteractionsFromEvents {

  private InteractionsFromEvents() {}

  static List<Interaction> of(String profileId, List<CustomerEvent> events) {
    List<Interaction> result = new ArrayList<>();
    for (CustomerEvent event : events) {
      if (event.type() != EventType.TRACK || event.event() == null || event.properties() == null) {
        continue;
      }
      Map<String, Object> properties = event.properties();
      switch (event.event()) {
        case "Product Viewed" -> add(result, profileId, properties, Kind.VIEW, event);
        case "Product Added" -> add(result, profileId, properties, Kind.CART_ADD, event);
        case "Product Added to Wishlist" ->
            add(result, profileId, properties, Kind.WISHLIST, event);
        case "Order Completed" -> {
          if (properties.get("products") instanceof List<?> lines) {
            for (Object line : lines) {
              if (line instanceof Map<?, ?> product) {
                add(result, profileId, product, Kind.PURCHASE, event);
              }
            }
          }
        }
        default -> {}
      }
    }
    return result;
  }

  private static void add(
      List<Interaction> out,
      String profileId,
      Map<?, ?> properties,
      Kind kind,
      CustomerEvent event) {
    if (properties.get("sku") instanceof String sku && !sku.isBlank()) {
      out.add(
          new Interaction(
              profileId,
              sku,
              text(properties.get("category")),
              kind,
              event.timestamp(),
              event.messageId()));
    }
  }

  private static @Nullable String text(@Nullable Object value) {
    return value instanceof String s ? s : null;
  }
}
