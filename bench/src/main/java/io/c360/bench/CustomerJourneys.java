package io.c360.bench;

import io.c360.common.event.CustomerEvent;
import io.c360.common.event.EventType;
import io.c360.common.identifier.Identifier;
import io.c360.common.identifier.IdentifierType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Realistic customer journeys of about ten events each, as ingest would put them on {@code
 * c360.events.v1} (normalized typed identifiers, ~0.8–1 KB of JSON):
 *
 * <ul>
 *   <li>30 % of customers stay anonymous: page views, Product Viewed, Product Added, all by one
 *       anonymousId (one profile, created by the first event);
 *   <li>60 % browse anonymously, some sign up to the newsletter (identify with an email), then log
 *       in (identify with userId, anonymousId and email: identifiers attached to the anonymous
 *       profile) and go on by userId, a third of them to an Order Completed;
 *   <li>10 % do the same on a second device, whose anonymous profile is merged into the first when
 *       they log in there.
 * </ul>
 *
 * Customers are interleaved {@code window} at a time (step one of each, then step two of each, …),
 * as many customers are active at once in real traffic; so a consumer batch holds about one event
 * per profile.
 */
final class CustomerJourneys {

  private static final String[] CATEGORIES = {"shoes", "outerwear", "bags", "kids", "home"};
  private static final String USER_AGENT =
      "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like"
          + " Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

  private final String run;
  private final long seed;
  private final Instant start;
  private long sequence;

  /**
   * @param run distinguishes this run's identifiers from any earlier run's on the same stack
   */
  CustomerJourneys(String run, long seed, Instant start) {
    this.run = run;
    this.seed = seed;
    this.start = start;
  }

  /** Emits about {@code events} events (whole journeys, cut at {@code events}), interleaved. */
  void emit(int events, int window, Consumer<CustomerEvent> sink) {
    int emitted = 0;
    for (int first = 0; emitted < events; first += window) {
      List<List<CustomerEvent>> block = new ArrayList<>(window);
      for (int c = first; c < first + window; c++) {
        block.add(journey(c));
      }
      for (int step = 0; emitted < events; step++) {
        boolean any = false;
        for (List<CustomerEvent> journey : block) {
          if (step < journey.size() && emitted < events) {
            sink.accept(journey.get(step));
            emitted++;
            any = true;
          }
        }
        if (!any) {
          break;
        }
      }
    }
  }

  /** The journey of customer {@code c}; the timestamps are filled in when it is emitted. */
  private List<CustomerEvent> journey(int c) {
    Random random = new Random(seed * 31 + c);
    String userId = run + "-u" + c;
    String device1 = run + "-a" + c + "-1";
    String device2 = run + "-a" + c + "-2";
    String email = "c" + c + "." + run + "@example.com";
    List<CustomerEvent> events = new ArrayList<>(12);
    double kind = random.nextDouble();
    if (kind < 0.3) {
      events.add(page(null, device1, random));
      for (int i = 0; i < 5; i++) {
        events.add(product("Product Viewed", null, device1, random));
      }
      events.add(page(null, device1, random));
      events.add(product("Product Added", null, device1, random));
      events.add(page(null, device1, random));
      events.add(product("Product Viewed", null, device1, random));
    } else if (kind < 0.9) {
      events.add(page(null, device1, random));
      events.add(product("Product Viewed", null, device1, random));
      if (random.nextDouble() < 0.3) {
        events.add(identify(null, device1, email, random));
      } else {
        events.add(product("Product Viewed", null, device1, random));
      }
      events.add(product("Product Added", null, device1, random));
      events.add(identify(userId, device1, email, random));
      events.add(page(userId, device1, random));
      events.add(product("Product Viewed", userId, device1, random));
      events.add(product("Product Added", userId, device1, random));
      if (random.nextDouble() < 0.33) {
        events.add(order(userId, device1, random));
      } else {
        events.add(product("Product Viewed", userId, device1, random));
      }
      events.add(page(userId, device1, random));
    } else {
      events.add(page(null, device1, random));
      events.add(product("Product Viewed", null, device1, random));
      events.add(identify(userId, device1, email, random));
      events.add(page(null, device2, random));
      events.add(product("Product Viewed", null, device2, random));
      events.add(product("Product Added", null, device2, random));
      events.add(identify(userId, device2, email, random));
      events.add(product("Product Viewed", userId, device2, random));
      events.add(order(userId, device2, random));
      events.add(page(userId, device2, random));
    }
    return events;
  }

  private CustomerEvent page(@Nullable String userId, String anonymousId, Random random) {
    int sku = random.nextInt(50_000);
    return event(
        EventType.PAGE,
        null,
        "Product Detail",
        userId,
        anonymousId,
        null,
        Map.of("path", "/p/" + sku, "title", "Trail running shoe " + sku),
        random);
  }

  private CustomerEvent product(
      String name, @Nullable String userId, String anonymousId, Random random) {
    int sku = random.nextInt(50_000);
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("product_id", "P-" + sku);
    properties.put("sku", "SKU-" + sku);
    properties.put("name", "Trail running shoe " + sku);
    properties.put("category", CATEGORIES[sku % CATEGORIES.length]);
    properties.put("brand", "Acme");
    properties.put("price", new BigDecimal((20 + sku % 180) + ".90"));
    properties.put("currency", "USD");
    properties.put("quantity", 1);
    properties.put("url", "https://shop.example.com/p/" + sku);
    return event(EventType.TRACK, name, null, userId, anonymousId, null, properties, random);
  }

  private CustomerEvent order(String userId, String anonymousId, Random random) {
    int sku = random.nextInt(50_000);
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("order_id", "O-" + UUID.nameUUIDFromBytes(randomBytes(random)));
    properties.put("total", new BigDecimal((30 + sku % 300) + ".80"));
    properties.put("revenue", new BigDecimal((25 + sku % 250) + ".00"));
    properties.put("shipping", new BigDecimal("4.90"));
    properties.put("currency", "USD");
    properties.put(
        "products", List.of(Map.of("product_id", "P-" + sku, "sku", "SKU-" + sku, "quantity", 1)));
    return event(
        EventType.TRACK, "Order Completed", null, userId, anonymousId, null, properties, random);
  }

  private CustomerEvent identify(
      @Nullable String userId, String anonymousId, String email, Random random) {
    Map<String, Object> traits = new LinkedHashMap<>();
    traits.put("email", email);
    traits.put("firstName", "Ann");
    traits.put("lastName", "Example");
    traits.put("newsletter", true);
    return event(EventType.IDENTIFY, null, null, userId, anonymousId, traits, null, random);
  }

  private CustomerEvent event(
      EventType type,
      @Nullable String event,
      @Nullable String name,
      @Nullable String userId,
      String anonymousId,
      @Nullable Map<String, Object> traits,
      @Nullable Map<String, Object> properties,
      Random random) {
    List<Identifier> identifiers = new ArrayList<>(3);
    if (userId != null) {
      identifiers.add(new Identifier(IdentifierType.USER_ID, userId));
    }
    if (traits != null && traits.get("email") instanceof String email) {
      identifiers.add(new Identifier(IdentifierType.EMAIL, email));
    }
    identifiers.add(new Identifier(IdentifierType.ANONYMOUS_ID, anonymousId));
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("ip", "203.0.113." + random.nextInt(250));
    context.put("userAgent", USER_AGENT);
    context.put("locale", "en-US");
    context.put(
        "page",
        Map.of(
            "path", "/p/" + random.nextInt(50_000),
            "referrer", "https://www.example.com/search?q=shoes",
            "url", "https://shop.example.com/"));
    context.put("library", Map.of("name", "analytics.js", "version", "4.1.0"));
    return new CustomerEvent(
        UUID.nameUUIDFromBytes(randomBytes(random)).toString(),
        type,
        event,
        name,
        userId,
        anonymousId,
        null,
        null,
        traits,
        properties,
        context,
        null,
        Instant.EPOCH,
        null,
        null,
        Instant.EPOCH,
        "bench",
        identifiers);
  }

  /** The event with the next timestamp of the stream (10 ms apart), received 40 ms later. */
  CustomerEvent stamped(CustomerEvent e) {
    Instant at = start.plusMillis(10 * sequence++);
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
        at,
        at,
        at.plusMillis(20),
        at.plusMillis(40),
        e.source(),
        e.identifiers());
  }

  /** Unique per run and reproducible within one: the seed, the customer and the run id. */
  private byte[] randomBytes(Random random) {
    return (run + "/" + random.nextLong() + "/" + random.nextLong())
        .getBytes(StandardCharsets.UTF_8);
  }
}
