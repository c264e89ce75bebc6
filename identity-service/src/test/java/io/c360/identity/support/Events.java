package io.c360.identity.support;

import io.c360.common.event.CustomerEvent;
import io.c360.common.event.EventType;
import io.c360.common.identifier.Identifier;
import io.c360.common.identifier.IdentifierType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Customer events as ingest publishes them, for tests. */
public final class Events {

  private Events() {}

  public static Identifier userId(String value) {
    return new Identifier(IdentifierType.USER_ID, value);
  }

  public static Identifier anonymousId(String value) {
    return new Identifier(IdentifierType.ANONYMOUS_ID, value);
  }

  public static Identifier email(String value) {
    return new Identifier(IdentifierType.EMAIL, value);
  }

  public static Identifier loyaltyId(String value) {
    return new Identifier(IdentifierType.LOYALTY_ID, value);
  }

  public static Identifier deviceId(String value) {
    return new Identifier(IdentifierType.DEVICE_ID, value);
  }

  /** A unique suffix so tests sharing the broker and tables never meet. */
  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  public static CustomerEvent page(Instant at, String anonymousId) {
    return event(
        EventType.PAGE,
        null,
        at,
        "web",
        null,
        anonymousId,
        null,
        null,
        List.of(anonymousId(anonymousId)));
  }

  public static CustomerEvent productViewed(Instant at, String anonymousId, String sku) {
    return event(
        EventType.TRACK,
        "Product Viewed",
        at,
        "web",
        null,
        anonymousId,
        null,
        Map.of("sku", sku, "category", "shoes", "price", new BigDecimal("59.90")),
        List.of(anonymousId(anonymousId)));
  }

  /** A login: identify with userId, the anonymousId of the visit and an email trait. */
  public static CustomerEvent identify(
      Instant at, String userId, @Nullable String anonymousId, @Nullable String email) {
    List<Identifier> ids = new ArrayList<>();
    ids.add(userId(userId));
    if (email != null) {
      ids.add(email(email));
    }
    if (anonymousId != null) {
      ids.add(anonymousId(anonymousId));
    }
    Map<String, Object> traits = new LinkedHashMap<>();
    traits.put("firstName", "Ann");
    traits.put("lastName", "Lee");
    if (email != null) {
      traits.put("email", email);
    }
    traits.put("consent", Map.of("email", true));
    return new CustomerEvent(
        unique("m"),
        EventType.IDENTIFY,
        null,
        null,
        userId,
        anonymousId,
        null,
        null,
        traits,
        null,
        null,
        null,
        at,
        at,
        null,
        at,
        "web",
        ids);
  }

  /** A store sale with a loyalty card (and an email when given), as the POS import makes it. */
  public static CustomerEvent storeOrder(
      Instant at, String orderId, String loyaltyId, @Nullable String email, String total) {
    List<Identifier> ids = new ArrayList<>();
    ids.add(loyaltyId(loyaltyId));
    if (email != null) {
      ids.add(email(email));
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("order_id", orderId);
    properties.put("total", new BigDecimal(total));
    properties.put("revenue", new BigDecimal(total));
    properties.put("currency", "USD");
    properties.put(
        "products",
        List.of(
            Map.of(
                "sku",
                "SKU-1",
                "category",
                "shoes",
                "price",
                new BigDecimal(total),
                "quantity",
                1)));
    return new CustomerEvent(
        "pos:store-1:" + orderId + ":sale",
        EventType.TRACK,
        "Order Completed",
        null,
        null,
        null,
        null,
        null,
        null,
        properties,
        null,
        null,
        at,
        at,
        null,
        at,
        "pos",
        ids);
  }

  /**
   * A store sale as the POS import makes it, with the customer's details in {@code context.traits}
   * and a loyalty card only when given: the shape fuzzy matching works on.
   */
  public static CustomerEvent storeOrderBy(
      Instant at,
      String orderId,
      @Nullable String loyaltyId,
      String firstName,
      String lastName,
      String street,
      String postcode) {
    CustomerEvent order =
        storeOrder(at, orderId, loyaltyId == null ? "unused" : loyaltyId, null, "25.00");
    Map<String, Object> traits = new LinkedHashMap<>();
    traits.put("firstName", firstName);
    traits.put("lastName", lastName);
    traits.put("address", Map.of("street", street, "postal_code", postcode));
    return new CustomerEvent(
        order.messageId(),
        order.type(),
        order.event(),
        null,
        null,
        null,
        null,
        null,
        null,
        order.properties(),
        Map.of("traits", traits),
        null,
        at,
        at,
        null,
        at,
        "pos",
        loyaltyId == null ? List.of() : List.of(loyaltyId(loyaltyId)));
  }

  public static CustomerEvent supportTicket(
      Instant at, String ticketId, String loyaltyId, int csat) {
    return event(
        EventType.TRACK,
        "Support Ticket Closed",
        at,
        "support",
        null,
        null,
        "support:" + ticketId,
        Map.of("ticket_id", ticketId, "csat", csat),
        List.of(loyaltyId(loyaltyId)));
  }

  public static CustomerEvent track(Instant at, String name, List<Identifier> ids) {
    return event(EventType.TRACK, name, at, "web", null, null, null, Map.of(), ids);
  }

  private static CustomerEvent event(
      EventType type,
      @Nullable String name,
      Instant at,
      String source,
      @Nullable String userId,
      @Nullable String anonymousId,
      @Nullable String messageId,
      @Nullable Map<String, Object> properties,
      List<Identifier> ids) {
    return new CustomerEvent(
        messageId == null ? unique("m") : messageId,
        type,
        name,
        null,
        userId,
        anonymousId,
        null,
        null,
        null,
        properties,
        null,
        null,
        at,
        at,
        null,
        at,
        source,
        ids);
  }
}
