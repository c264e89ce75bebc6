package io.c360.e2e;

import io.c360.common.json.EventJson;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Segment messages as the shop's SDKs would send them. {@code userId} and {@code anonymousId} may
 * each be null (a server-side call knows only the userId, a visitor only the anonymousId).
 */
final class Events {

  private Events() {}

  /** Who sends a message: the ids an SDK puts on it. */
  record Sender(@Nullable String userId, @Nullable String anonymousId) {

    static Sender visitor(String anonymousId) {
      return new Sender(null, anonymousId);
    }

    static Sender user(String userId) {
      return new Sender(userId, null);
    }

    /** A browser after login: analytics.js sends both ids. */
    static Sender loggedInBrowser(Customer customer) {
      return new Sender(customer.userId(), customer.anonymousId());
    }
  }

  static ObjectNode page(Sender sender, String name, Instant at) {
    ObjectNode message = message("page", sender, at);
    message.put("name", name);
    message.putObject("properties").put("url", "https://shop.example.com/" + name.toLowerCase());
    return message;
  }

  static ObjectNode productViewed(Sender sender, Product product, Instant at) {
    return track(sender, "Product Viewed", at, productProperties(product));
  }

  static ObjectNode productAdded(Sender sender, Product product, Instant at) {
    ObjectNode properties = productProperties(product);
    properties.put("quantity", 1);
    return track(sender, "Product Added", at, properties);
  }

  static ObjectNode orderCompleted(Sender sender, Product product, Instant at) {
    ObjectNode properties = EventJson.mapper().createObjectNode();
    properties.put("order_id", "o-" + UUID.randomUUID());
    properties.put("total", product.price());
    properties.put("revenue", product.price());
    properties.put("currency", "USD");
    ObjectNode line = productProperties(product);
    line.put("quantity", 1);
    properties.putArray("products").add(line);
    return track(sender, "Order Completed", at, properties);
  }

  static ObjectNode subscriptionStarted(Sender sender, Instant at) {
    ObjectNode properties = EventJson.mapper().createObjectNode();
    properties.put("plan", "Outdoor Club");
    properties.put("price", 9.99);
    return track(sender, "Subscription Started", at, properties);
  }

  static ObjectNode subscriptionCancelled(Sender sender, Instant at) {
    ObjectNode properties = EventJson.mapper().createObjectNode();
    properties.put("plan", "Outdoor Club");
    properties.put("price", 9.99);
    return track(sender, "Subscription Cancelled", at, properties);
  }

  /** A login: the customer's traits, with email consent, and the run's marker trait. */
  static ObjectNode login(Sender sender, Customer customer, Instant at) {
    ObjectNode message = message("identify", sender, at);
    ObjectNode traits = message.putObject("traits");
    traits.put("email", customer.email());
    traits.put("firstName", customer.firstName());
    traits.put("lastName", customer.lastName());
    traits.put("journey", customer.marker());
    traits.putObject("consent").put("email", true);
    return message;
  }

  /** An identify with one plain trait. */
  static ObjectNode identify(Sender sender, String trait, String value, Instant at) {
    ObjectNode message = message("identify", sender, at);
    message.putObject("traits").put(trait, value);
    return message;
  }

  private static ObjectNode track(Sender sender, String event, Instant at, ObjectNode properties) {
    ObjectNode message = message("track", sender, at);
    message.put("event", event);
    message.set("properties", properties);
    return message;
  }

  private static ObjectNode productProperties(Product product) {
    ObjectNode properties = EventJson.mapper().createObjectNode();
    properties.put("product_id", product.sku());
    properties.put("sku", product.sku());
    properties.put("name", product.name());
    properties.put("category", product.category());
    properties.put("price", product.price());
    return properties;
  }

  private static ObjectNode message(String type, Sender sender, Instant at) {
    ObjectNode message = EventJson.mapper().createObjectNode();
    message.put("type", type);
    message.put("messageId", UUID.randomUUID().toString());
    if (sender.userId() != null) {
      message.put("userId", sender.userId());
    }
    if (sender.anonymousId() != null) {
      message.put("anonymousId", sender.anonymousId());
    }
    message.put("timestamp", at.toString());
    return message;
  }
}
