package io.c360.demo;

import com.segment.analytics.Analytics;
import com.segment.analytics.Callback;
import com.segment.analytics.messages.AliasMessage;
import com.segment.analytics.messages.IdentifyMessage;
import com.segment.analytics.messages.Message;
import com.segment.analytics.messages.MessageBuilder;
import com.segment.analytics.messages.PageMessage;
import com.segment.analytics.messages.TrackMessage;
import io.c360.common.event.CustomerEvent;
import io.c360.synthetic.Product;
import io.c360.synthetic.RetailWorld;
import io.c360.synthetic.SyntheticCustomer;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Step 5: evaluates every recommendation policy on the loaded history and prints the table for
 * {@code home} and {@code email} with the policy {@code auto} chose; then a new visitor browses
 * anonymously (sent with the official Segment Java client), gets home-page recommendations, logs in
 * as a known customer of the world (identify and alias linking the anonymousId to the userId), gets
 * them again (now from the customer's whole history, found through the identity graph, and the
 * policy auto chose), and opens a product page.
 */
final class RecommendationsStep {

  private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration RESOLUTION_TIMEOUT = Duration.ofSeconds(90);
  private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);

  /** One answer of recommendation-service, reduced to what the demo prints. */
  record Answer(
      String context,
      @Nullable String profileId,
      String variant,
      boolean fallback,
      List<Item> items,
      String policy) {}

  /** A recommended item. */
  record Item(
      String sku,
      String name,
      String category,
      BigDecimal price,
      String currency,
      long stock,
      String recommender) {}

  /** The three answers, and who the visitor turned out to be. */
  record Tour(
      String anonymousId, String userId, Answer anonymous, Answer loggedIn, Answer productPage) {}

  private final DemoSettings settings;
  private final Api recommendations;
  private final Api identity;
  private final ResolutionStep resolution;
  private final PrintStream out;

  RecommendationsStep(
      DemoSettings settings,
      Api recommendations,
      Api identity,
      ResolutionStep resolution,
      PrintStream out) {
    this.settings = settings;
    this.recommendations = recommendations;
    this.identity = identity;
    this.resolution = resolution;
    this.out = out;
  }

  Tour run(RetailWorld world) {
    evaluatePolicies();

    String anonymousId = "demo-visitor-" + UUID.randomUUID().toString().substring(0, 8);
    List<Product> browsed = browsedProducts(world);
    SyntheticCustomer customer = loyalCustomer(world);

    out.printf(
        "      an anonymous visitor (%s) views %s; events sent with the Segment Java client%n",
        anonymousId,
        String.join(", ", browsed.stream().map(p -> p.name() + " (" + p.sku() + ")").toList()));
    send(visit(anonymousId, browsed));
    resolution.awaitDrained(RESOLUTION_TIMEOUT);
    Answer anonymous =
        ask(
            Map.of("anonymousId", anonymousId, "context", "home", "numResults", 5),
            a -> a.profileId() != null);
    print("home page for the anonymous visitor", anonymous);

    out.printf(
        "%n      the visitor logs in as %s %s (userId %s): identify + alias link %s to the"
            + " customer%n",
        customer.firstName(), customer.lastName(), customer.userId(), anonymousId);
    send(login(anonymousId, customer));
    resolution.awaitDrained(RESOLUTION_TIMEOUT);
    String profileId =
        Waiting.until(
            "identity-service to link " + anonymousId + " to userId " + customer.userId(),
            RESOLUTION_TIMEOUT,
            Duration.ofSeconds(1),
            () -> {
              Api.Response byUser =
                  identity.exchange(
                      "GET", "/v1/profiles" + Api.query(Map.of("userId", customer.userId())), null);
              Api.Response byAnonymous =
                  identity.exchange(
                      "GET", "/v1/profiles" + Api.query(Map.of("anonymousId", anonymousId)), null);
              if (byUser.status() != 200 || byAnonymous.status() != 200) {
                return Optional.empty();
              }
              String id = byUser.body().path("profileId").asString("");
              return id.equals(byAnonymous.body().path("profileId").asString(""))
                  ? Optional.of(id)
                  : Optional.empty();
            });
    out.printf(
        "      identity-service: anonymousId and userId now both resolve to profile %s%n",
        profileId);
    Answer loggedIn =
        ask(
            Map.of("anonymousId", anonymousId, "context", "home", "numResults", 5),
            a -> profileId.equals(a.profileId()));
    print("home page for the same visitor after login (same anonymousId)", loggedIn);

    Product anchor = browsed.getFirst();
    Answer productPage =
        ask(
            Map.of(
                "anonymousId",
                anonymousId,
                "context",
                "product",
                "itemId",
                anchor.sku(),
                "numResults",
                5),
            a -> true);
    print("product page of " + anchor.name() + " (" + anchor.sku() + ")", productPage);
    return new Tour(anonymousId, customer.userId(), anonymous, loggedIn, productPage);
  }

  /** The policy table of home and email, and auto's choice (evaluations need role analyst). */
  private void evaluatePolicies() {
    Api analyst =
        Api.bearer(
            "recommendation-service",
            settings.recommendationUrl(),
            settings.adminToken(),
            Api.newHttpClient());
    new PolicyEvaluation(analyst, out).run();
    out.println();
  }

  /** Three in-stock products of one category: what the visitor looks at. */
  static List<Product> browsedProducts(RetailWorld world) {
    String category = world.catalog().getFirst().category();
    List<Product> inStock =
        world.catalog().stream()
            .filter(p -> p.category().equals(category))
            .filter(p -> p.stockByLocation().values().stream().anyMatch(q -> q > 0))
            .limit(3)
            .toList();
    if (inStock.isEmpty()) {
      throw new DemoFailedException("the world has no product in stock in " + category);
    }
    return inStock;
  }

  /**
   * A customer with a login and the most orders among the first 200: someone whose history makes
   * the difference after login visible.
   */
  static SyntheticCustomer loyalCustomer(RetailWorld world) {
    SyntheticCustomer best = null;
    long bestOrders = -1;
    for (SyntheticCustomer c :
        world.customers().subList(0, Math.min(200, world.customers().size()))) {
      List<CustomerEvent> events = world.events(c.customerId());
      boolean loggedIn = events.stream().anyMatch(e -> e.type().wireName().equals("identify"));
      long orders = events.stream().filter(e -> "Order Completed".equals(e.event())).count();
      if (loggedIn && orders > bestOrders) {
        best = c;
        bestOrders = orders;
      }
    }
    if (best == null) {
      throw new DemoFailedException("no customer of the world ever logged in");
    }
    return best;
  }

  private static List<MessageBuilder<?, ?>> visit(String anonymousId, List<Product> products) {
    List<MessageBuilder<?, ?>> messages = new ArrayList<>();
    messages.add(
        PageMessage.builder("Home").anonymousId(anonymousId).properties(Map.of("path", "/")));
    for (Product p : products) {
      messages.add(
          TrackMessage.builder("Product Viewed").anonymousId(anonymousId).properties(product(p)));
    }
    Map<String, Object> added = product(products.getFirst());
    added.put("quantity", 1);
    messages.add(TrackMessage.builder("Product Added").anonymousId(anonymousId).properties(added));
    return messages;
  }

  private static List<MessageBuilder<?, ?>> login(String anonymousId, SyntheticCustomer c) {
    return List.of(
        IdentifyMessage.builder()
            .userId(c.userId())
            .anonymousId(anonymousId)
            .traits(
                Map.of("email", c.email(), "firstName", c.firstName(), "lastName", c.lastName())),
        AliasMessage.builder(anonymousId).userId(c.userId()));
  }

  private static Map<String, Object> product(Product p) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("product_id", p.sku());
    properties.put("sku", p.sku());
    properties.put("name", p.name());
    properties.put("category", p.category());
    properties.put("price", p.price());
    properties.put("currency", p.currency());
    return properties;
  }

  /** Sends with the official Segment Java client (source demo-web) and waits for every answer. */
  private void send(List<MessageBuilder<?, ?>> messages) {
    Set<String> delivered = ConcurrentHashMap.newKeySet();
    Map<String, String> failed = new ConcurrentHashMap<>();
    Analytics analytics =
        Analytics.builder(settings.writeKey("demo-web"))
            .endpoint(settings.ingestUrl().toString())
            .flushQueueSize(50)
            .flushInterval(1, TimeUnit.SECONDS)
            .callback(
                new Callback() {
                  @Override
                  public void success(Message message) {
                    delivered.add(message.messageId());
                  }

                  @Override
                  public void failure(Message message, Throwable error) {
                    failed.put(message.messageId(), String.valueOf(error.getMessage()));
                  }
                })
            .build();
    try {
      messages.forEach(analytics::enqueue);
      analytics.flush();
      Waiting.until(
          "ingest-service to answer the Segment client's " + messages.size() + " messages",
          DELIVERY_TIMEOUT,
          Duration.ofMillis(100),
          () ->
              delivered.size() + failed.size() >= messages.size()
                  ? Optional.of(true)
                  : Optional.empty());
    } finally {
      analytics.shutdown();
    }
    if (!failed.isEmpty()) {
      throw new DemoFailedException(
          "ingest-service refused "
              + failed.size()
              + " Segment messages: "
              + Set.copyOf(failed.values()));
    }
  }

  private Answer ask(Map<String, Object> parameters, java.util.function.Predicate<Answer> ready) {
    String path = "/v1/recommendations" + Api.query(parameters);
    Answer[] last = {null};
    try {
      return Waiting.until(
          "recommendation-service to answer " + path + " for the resolved profile",
          ANSWER_TIMEOUT,
          Duration.ofSeconds(1),
          () -> {
            Answer answer = toAnswer(recommendations.get(path));
            last[0] = answer;
            return ready.test(answer) ? Optional.of(answer) : Optional.empty();
          });
    } catch (DemoFailedException e) {
      if (last[0] != null) {
        out.println(
            "      (recommendation-service has not caught up with the profile yet; its last answer:)");
        return last[0];
      }
      throw e;
    }
  }

  static Answer toAnswer(JsonNode json) {
    List<Item> items =
        json.path("items").values().stream()
            .map(
                i ->
                    new Item(
                        i.path("sku").asString(""),
                        i.path("name").asString(""),
                        i.path("category").asString(""),
                        new BigDecimal(i.path("price").asString("0")),
                        i.path("currency").asString(""),
                        i.path("stock").asLong(0),
                        i.path("recommender").asString("")))
            .toList();
    String profileId = json.path("profileId").asString(null);
    JsonNode policy = json.path("policy");
    String chosen = policy.path("name").asString("");
    if (policy.has("weight")) {
      chosen += "(" + policy.path("weight").asString("") + ")";
    }
    if (policy.path("auto").asBoolean(false)) {
      chosen += " by auto";
    }
    return new Answer(
        json.path("context").asString(""),
        profileId == null || profileId.isEmpty() ? null : profileId,
        json.path("variant").asString(""),
        json.path("fallback").asBoolean(false),
        items,
        chosen);
  }

  private void print(String title, Answer answer) {
    out.printf(
        "      GET /v1/recommendations, %s -> profile %s, variant %s, policy %s%s%n",
        title,
        answer.profileId() == null ? "(none)" : answer.profileId(),
        answer.variant(),
        answer.policy().isEmpty() ? "(not reported)" : answer.policy(),
        answer.fallback() ? ", filled with popular items" : "");
    for (Item item : answer.items()) {
      out.printf(
          "        %-9s %-26s %-14s %8s %s  stock %,5d  (%s)%n",
          item.sku(),
          item.name(),
          item.category(),
          item.price().toPlainString(),
          item.currency(),
          item.stock(),
          item.recommender());
    }
  }
}
