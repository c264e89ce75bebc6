package io.c360.identity.profile;

import io.c360.common.event.CustomerEvent;
import io.c360.common.event.EventType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Customer events as the resolver hands them over, for profile tests. */
final class Events {

  private Events() {}

  static CustomerEvent page(Instant at) {
    return event(EventType.PAGE, null, at, "web", null, null, null);
  }

  static CustomerEvent screen(Instant at) {
    return event(EventType.SCREEN, null, at, "ios", null, null, null);
  }

  static CustomerEvent track(String name, Instant at, Map<String, Object> properties) {
    return event(EventType.TRACK, name, at, "web", null, properties, null);
  }

  static CustomerEvent productViewed(Instant at, String sku, String category) {
    return track("Product Viewed", at, Map.of("sku", sku, "category", category));
  }

  static CustomerEvent productAdded(Instant at, String sku, String category) {
    return track("Product Added", at, Map.of("sku", sku, "category", category));
  }

  static CustomerEvent wishlistAdded(Instant at, String sku) {
    return track("Product Added to Wishlist", at, Map.of("sku", sku));
  }

  static CustomerEvent wishlistRemoved(Instant at, String sku) {
    return track("Product Removed from Wishlist", at, Map.of("product_id", sku));
  }

  /** An order with its revenue given explicitly. */
  @SafeVarargs
  static CustomerEvent orderCompleted(Instant at, String revenue, Map<String, Object>... products) {
    return track(
        "Order Completed",
        at,
        Map.of(
            "revenue", new BigDecimal(revenue), "currency", "USD", "products", List.of(products)));
  }

  /** An order that gives only its products, so revenue is the sum of price times quantity. */
  @SafeVarargs
  static CustomerEvent orderCompletedWithProductsOnly(Instant at, Map<String, Object>... products) {
    return track("Order Completed", at, Map.of("currency", "USD", "products", List.of(products)));
  }

  static Map<String, Object> product(String sku, String category, String price, int quantity) {
    return Map.of(
        "sku", sku, "category", category, "price", new BigDecimal(price), "quantity", quantity);
  }

  static CustomerEvent orderRefunded(Instant at, String total) {
    return track("Order Refunded", at, Map.of("total", new BigDecimal(total), "currency", "USD"));
  }

  /** A point-of-sale sale as ingest-service's PosSalesSink publishes it. */
  static CustomerEvent posOrder(Instant at, String total, Map<String, Object> customer) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("order_id", "T-" + at.getEpochSecond());
    properties.put("total", new BigDecimal(total));
    properties.put("revenue", new BigDecimal(total));
    properties.put("currency", "USD");
    properties.put(
        "products",
        List.of(
            Map.of(
                "product_id",
                "SKU-POS",
                "sku",
                "SKU-POS",
                "quantity",
                1,
                "price",
                new BigDecimal(total))));
    return event(
        EventType.TRACK,
        "Order Completed",
        at,
        "pos",
        null,
        properties,
        Map.of("traits", customer));
  }

  static CustomerEvent subscriptionStarted(Instant at) {
    return track("Subscription Started", at, Map.of("plan", "plus"));
  }

  static CustomerEvent subscriptionRenewed(Instant at) {
    return track("Subscription Renewed", at, Map.of("plan", "plus"));
  }

  static CustomerEvent subscriptionCancelled(Instant at) {
    return track("Subscription Cancelled", at, Map.of("plan", "plus"));
  }

  static CustomerEvent ticketClosed(Instant at, @Nullable Integer csat) {
    CustomerEvent e =
        track("Support Ticket Closed", at, csat == null ? Map.of() : Map.of("csat", csat));
    return withSource(e, "support");
  }

  static CustomerEvent identify(Instant at, String source, Map<String, Object> traits) {
    return event(EventType.IDENTIFY, null, at, source, traits, null, null);
  }

  static CustomerEvent consentUpdated(Instant at, String channel, Object granted) {
    return track("Consent Updated", at, Map.of("channel", channel, "granted", granted));
  }

  static CustomerEvent withSource(CustomerEvent e, String source) {
    return new CustomerEvent(
        e.messageId(),
        e.type(),
        e.event(),
        e.name(),
        e.userId(),
        e.anonymousId(),
        e.previousId(),
        e.groupId(),
        e.traits(),
        e.properties(),
        e.context(),
        e.integrations(),
        e.timestamp(),
        e.originalTimestamp(),
        e.sentAt(),
        e.receivedAt(),
        source,
        e.identifiers());
  }

  private static CustomerEvent event(
      EventType type,
      @Nullable String name,
      Instant at,
      String source,
      @Nullable Map<String, Object> traits,
      @Nullable Map<String, Object> properties,
      @Nullable Map<String, Object> context) {
    return new CustomerEvent(
        UUID.randomUUID().toString(),
        type,
        name,
        null,
        "user-1",
        null,
        null,
        null,
        traits,
        properties,
        context,
        null,
        at,
        at,
        at,
        at,
        source,
        List.of());
  }
}
