package io.c360.synthetic;

import io.c360.common.event.CustomerEvent;
import io.c360.common.event.EventType;
import io.c360.common.identifier.Identifier;
import io.c360.common.identifier.IdentifierNormalizer;
import io.c360.common.identifier.IdentifierType;
import io.c360.synthetic.Timeline.Kind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns a customer's compact {@link Timeline} into the {@link CustomerEvent}s ingest-service would
 * publish on {@code c360.events.v1} had the customer's devices, the stores' tills and the support
 * desk sent them: Segment fields, {@code source}, {@code receivedAt} and identifiers extracted and
 * normalized the way ingest does (userId, anonymousId, then traits' email, phone and loyaltyId,
 * then the app's device id).
 *
 * <ul>
 *   <li>Browser and app events (source {@code web}, {@code ios}, {@code android}) carry the
 *       device's anonymousId, and the userId once the device has logged in ({@code identify} with
 *       email, phone and loyaltyId as typed). Their messageId is a UUID derived from the seed;
 *       {@code sentAt} is a few seconds after the event and {@code receivedAt} equals it, so
 *       ingest's clock-skew correction gives back the same timestamp.
 *   <li>Store orders and refunds (source {@code pos}) carry only the loyaltyId, with messageId
 *       {@code pos:<store>:<transaction>:sale|refund} as ingest's point-of-sale import makes them;
 *       support tickets (source {@code support}) carry userId and email, messageId {@code
 *       support:<ticket>}. Both are received at the nightly import, 02:00 UTC the next day.
 *   <li>Subscription events and online refunds come from the server (source {@code web}) with the
 *       userId only.
 *   <li>"Order Refunded" refunds the whole order: {@code total} is the positive amount refunded,
 *       with no {@code revenue}, as ingest's point-of-sale import publishes refunds.
 * </ul>
 */
final class EventFactory {

  private static final String CURRENCY = "USD";
  private static final String[] PAGE_NAMES = {"Home", "Product", "Cart", "Checkout"};
  private static final Map<String, Object> WEB_LIBRARY =
      Map.of("name", "analytics.js", "version", "5.2.1");
  private static final Map<String, Object> SERVER_LIBRARY =
      Map.of("name", "analytics-java", "version", "3.5.1");

  private final WorldSpec spec;
  private final List<Product> catalog;
  private final IdentifierNormalizer normalizer;

  EventFactory(WorldSpec spec, List<Product> catalog, IdentifierNormalizer normalizer) {
    this.spec = spec;
    this.catalog = catalog;
    this.normalizer = normalizer;
  }

  /** Every event of one customer, ascending by timestamp. */
  List<CustomerEvent> events(int index, Person person, Traits traits, Timeline timeline) {
    Cursor cursor = new Cursor(index, person, traits, timeline);
    List<CustomerEvent> events = new ArrayList<>(timeline.size());
    while (cursor.hasNext()) {
      events.add(cursor.next());
    }
    return events;
  }

  Cursor cursor(int index, Person person, Traits traits, Timeline timeline) {
    return new Cursor(index, person, traits, timeline);
  }

  /** Walks one customer's timeline in order, remembering which devices have logged in. */
  final class Cursor {
    private final int index;
    private final Person person;
    private final Traits traits;
    private final Timeline timeline;
    private final boolean[] loggedIn;
    private int position;

    Cursor(int index, Person person, Traits traits, Timeline timeline) {
      this.index = index;
      this.person = person;
      this.traits = traits;
      this.timeline = timeline;
      this.loggedIn = new boolean[traits.platforms().length];
    }

    int index() {
      return index;
    }

    boolean hasNext() {
      return position < timeline.size();
    }

    /** The second (since the period's start) of the next event. */
    long peekSecond() {
      return Timeline.second(timeline.at(position));
    }

    CustomerEvent next() {
      long packed = timeline.at(position);
      int ordinal = position++;
      return event(packed, ordinal);
    }

    private CustomerEvent event(long packed, int ordinal) {
      Instant at = spec.start().plusSeconds(Timeline.second(packed));
      int device = Timeline.device(packed);
      int payload = Timeline.payload(packed);
      long idHigh = Rng.mix(Rng.seed(spec.seed(), index, ordinal));
      String uuid = Person.uuid(idHigh, Rng.mix(idHigh ^ 0x3C6EF372FE94F82BL)).toString();
      Kind kind = Timeline.kind(packed);
      return switch (kind) {
        case PAGE -> page(at, uuid, device, payload);
        case PRODUCT_VIEWED ->
            track(at, uuid, device, "Product Viewed", productProperties(payload, 0));
        case PRODUCT_ADDED ->
            track(
                at,
                uuid,
                device,
                "Product Added",
                productProperties(payload & 0xFFFF, payload >>> 16));
        case WISHLIST -> track(at, uuid, device, "Product Added to Wishlist", wishlist(payload));
        case IDENTIFY -> identify(at, uuid, device, payload == 1);
        case ORDER -> order(at, uuid, payload, false);
        case REFUND -> order(at, uuid, payload, true);
        case SUBSCRIPTION_STARTED -> subscription(at, uuid, "Subscription Started", payload);
        case SUBSCRIPTION_RENEWED -> subscription(at, uuid, "Subscription Renewed", payload);
        case SUBSCRIPTION_CANCELLED -> subscription(at, uuid, "Subscription Cancelled", payload);
        case TICKET -> ticket(at, payload);
      };
    }

    private CustomerEvent page(Instant at, String uuid, int device, int payload) {
      int pageType = payload & 3;
      int product = payload >>> 2;
      String name = PAGE_NAMES[pageType];
      String path =
          switch (pageType) {
            case Life.PAGE_PRODUCT -> "/p/" + catalog.get(product).sku().toLowerCase();
            case Life.PAGE_CART -> "/cart";
            case Life.PAGE_CHECKOUT -> "/checkout";
            default -> "/";
          };
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("path", path);
      properties.put("url", "https://shop.c360.example" + path);
      properties.put("title", pageType == Life.PAGE_PRODUCT ? catalog.get(product).name() : name);
      if (pageType == Life.PAGE_PRODUCT) {
        properties.put("category", catalog.get(product).category());
      }
      Platform platform = traits.platforms()[device];
      return client(
          at,
          uuid,
          device,
          platform.app() ? EventType.SCREEN : EventType.PAGE,
          null,
          name,
          properties,
          null);
    }

    private CustomerEvent track(
        Instant at, String uuid, int device, String event, Map<String, Object> properties) {
      return client(at, uuid, device, EventType.TRACK, event, null, properties, null);
    }

    private CustomerEvent identify(Instant at, String uuid, int device, boolean typed) {
      SyntheticCustomer c = person.customer();
      Map<String, Object> traitMap = new LinkedHashMap<>();
      traitMap.put("email", typed ? person.typedEmail() : c.email());
      traitMap.put("firstName", c.firstName());
      traitMap.put("lastName", c.lastName());
      traitMap.put("phone", person.typedPhone());
      traitMap.put("loyaltyId", c.loyaltyId());
      traitMap.put("birthday", c.birthDate().toString());
      traitMap.put("address", Map.of("street", c.street(), "postal_code", c.postcode()));
      loggedIn[device] = true;
      return client(at, uuid, device, EventType.IDENTIFY, null, null, null, traitMap);
    }

    /** An event from a browser or app; userId only once the device has logged in. */
    private CustomerEvent client(
        Instant at,
        String uuid,
        int device,
        EventType type,
        @Nullable String event,
        @Nullable String name,
        @Nullable Map<String, Object> properties,
        @Nullable Map<String, Object> traitMap) {
      Platform platform = traits.platforms()[device];
      String anonymousId = person.customer().anonymousIds().get(device);
      @Nullable String userId = loggedIn[device] ? person.customer().userId() : null;
      @Nullable String deviceId = person.deviceIds()[device];
      Map<String, Object> context = new LinkedHashMap<>();
      if (platform.app()) {
        context.put(
            "library",
            Map.of(
                "name",
                platform == Platform.IOS ? "analytics-ios" : "analytics-android",
                "version",
                "4.1.8"));
        context.put("app", Map.of("name", "C360 Shop", "version", "7.3.0", "build", "730"));
        context.put(
            "device",
            Map.of(
                "id",
                deviceId == null ? "" : deviceId,
                "type",
                platform.source(),
                "manufacturer",
                platform == Platform.IOS ? "Apple" : "Google",
                "model",
                platform == Platform.IOS ? "iPhone15,2" : "Pixel 8"));
        context.put("os", Map.of("name", platform == Platform.IOS ? "iOS" : "Android"));
      } else {
        context.put("library", WEB_LIBRARY);
        context.put(
            "userAgent",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like"
                + " Gecko) Version/17.5 Safari/605.1.15");
      }
      context.put("locale", "en-US");
      Set<Identifier> ids = new LinkedHashSet<>();
      add(ids, IdentifierType.USER_ID, userId);
      add(ids, IdentifierType.ANONYMOUS_ID, anonymousId);
      if (traitMap != null) {
        add(ids, IdentifierType.EMAIL, (String) traitMap.get("email"));
        add(ids, IdentifierType.PHONE, (String) traitMap.get("phone"));
        add(ids, IdentifierType.LOYALTY_ID, (String) traitMap.get("loyaltyId"));
      }
      add(ids, IdentifierType.DEVICE_ID, deviceId);
      Instant sentAt = at.plusMillis(200 + (Rng.mix(at.getEpochSecond() ^ index) >>> 52));
      return new CustomerEvent(
          uuid,
          type,
          event,
          name,
          userId,
          anonymousId,
          null,
          null,
          traitMap,
          properties,
          context,
          null,
          at,
          at,
          sentAt,
          sentAt,
          platform.source(),
          List.copyOf(ids));
    }

    private CustomerEvent order(Instant at, String uuid, int orderIndex, boolean refund) {
      Order order = timeline.orders.get(orderIndex);
      SyntheticCustomer c = person.customer();
      List<Map<String, Object>> products = new ArrayList<>(order.products().length);
      BigDecimal subtotal = BigDecimal.ZERO;
      for (int i = 0; i < order.products().length; i++) {
        Product p = catalog.get(order.products()[i]);
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("product_id", p.sku());
        line.put("sku", p.sku());
        line.put("name", p.name());
        line.put("category", p.category());
        line.put("price", p.price());
        line.put("quantity", order.quantities()[i]);
        products.add(line);
        subtotal = subtotal.add(p.price().multiply(BigDecimal.valueOf(order.quantities()[i])));
      }
      BigDecimal discount =
          subtotal
              .multiply(BigDecimal.valueOf(order.discountPercent()))
              .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
      BigDecimal total = subtotal.subtract(discount);
      String orderId =
          (order.online() ? "W" : "P") + "%07d-%04d".formatted(index + 1, orderIndex + 1);
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("order_id", orderId);
      if (!order.online()) {
        properties.put("store_id", Catalog.STORES[order.store()]);
      }
      properties.put("total", total);
      if (!refund) {
        properties.put("revenue", total);
        properties.put("discount", discount);
        if (order.discountPercent() > 0) {
          properties.put("coupon", "SAVE" + order.discountPercent());
        }
      }
      properties.put("currency", CURRENCY);
      properties.put("products", products);
      String event = refund ? "Order Refunded" : "Order Completed";
      if (!order.online()) {
        Map<String, Object> context = Map.of("traits", Map.of("loyaltyId", c.loyaltyId()));
        Set<Identifier> ids = new LinkedHashSet<>();
        add(ids, IdentifierType.LOYALTY_ID, c.loyaltyId());
        String messageId =
            "pos:"
                + Catalog.STORES[order.store()]
                + ":"
                + orderId
                + ":"
                + (refund ? "refund" : "sale");
        return offline(messageId, event, null, properties, context, at, "pos", ids);
      }
      if (refund) {
        return server(uuid, event, properties, at);
      }
      return client(at, uuid, order.device(), EventType.TRACK, event, null, properties, null);
    }

    private CustomerEvent subscription(Instant at, String uuid, String event, int plan) {
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("plan", Life.PLANS[plan].name());
      properties.put("price", Life.PLANS[plan].price());
      properties.put("currency", CURRENCY);
      properties.put("interval", "month");
      return server(uuid, event, properties, at);
    }

    private CustomerEvent server(
        String uuid, String event, Map<String, Object> properties, Instant at) {
      Set<Identifier> ids = new LinkedHashSet<>();
      String userId = person.customer().userId();
      add(ids, IdentifierType.USER_ID, userId);
      Instant sentAt = at.plusMillis(50);
      return new CustomerEvent(
          uuid,
          EventType.TRACK,
          event,
          null,
          userId,
          null,
          null,
          null,
          null,
          properties,
          Map.of("library", SERVER_LIBRARY),
          null,
          at,
          at,
          sentAt,
          sentAt,
          "web",
          List.copyOf(ids));
    }

    private CustomerEvent ticket(Instant at, int payload) {
      int csat = payload & 7;
      int topic = (payload >>> 3) & 7;
      int seq = payload >>> 6;
      String ticketId = "TK-%07d-%03d".formatted(index + 1, seq + 1);
      SyntheticCustomer c = person.customer();
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("ticket_id", ticketId);
      properties.put("topic", Life.TOPICS[topic]);
      properties.put("subject", Life.TOPICS[topic] + " question");
      properties.put("channel", (Rng.mix(payload ^ index) & 1) == 0 ? "email" : "chat");
      properties.put("csat", csat);
      Set<Identifier> ids = new LinkedHashSet<>();
      add(ids, IdentifierType.USER_ID, c.userId());
      add(ids, IdentifierType.EMAIL, c.email());
      return offline(
          "support:" + ticketId,
          "Support Ticket Closed",
          c.userId(),
          properties,
          null,
          at,
          "support",
          ids);
    }

    private CustomerEvent offline(
        String messageId,
        String event,
        @Nullable String userId,
        Map<String, Object> properties,
        @Nullable Map<String, Object> context,
        Instant at,
        String source,
        Set<Identifier> ids) {
      return new CustomerEvent(
          messageId,
          EventType.TRACK,
          event,
          null,
          userId,
          null,
          null,
          null,
          null,
          properties,
          context,
          null,
          at,
          at,
          null,
          nightlyImport(at),
          source,
          List.copyOf(ids));
    }

    private Map<String, Object> productProperties(int product, int quantity) {
      Product p = catalog.get(product);
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("product_id", p.sku());
      properties.put("sku", p.sku());
      properties.put("name", p.name());
      properties.put("category", p.category());
      properties.put("price", p.price());
      properties.put("currency", CURRENCY);
      if (quantity > 0) {
        properties.put("quantity", quantity);
      }
      properties.put("image_url", p.imageUrl());
      return properties;
    }

    private Map<String, Object> wishlist(int product) {
      Product p = catalog.get(product);
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("product_id", p.sku());
      properties.put("sku", p.sku());
      properties.put("category", p.category());
      properties.put("name", p.name());
      properties.put("price", p.price());
      return properties;
    }
  }

  private void add(Set<Identifier> ids, IdentifierType type, @Nullable String raw) {
    normalizer.normalize(type, raw).ifPresent(ids::add);
  }

  /** Imports run at 02:00 UTC the day after. */
  private static Instant nightlyImport(Instant at) {
    Instant midnight = Instant.ofEpochSecond(Math.floorDiv(at.getEpochSecond(), 86_400) * 86_400);
    return midnight.plus(Duration.ofHours(26));
  }
}
