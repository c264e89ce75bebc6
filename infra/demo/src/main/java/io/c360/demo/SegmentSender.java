package io.c360.demo;

import com.segment.analytics.Analytics;
import com.segment.analytics.Callback;
import com.segment.analytics.messages.AliasMessage;
import com.segment.analytics.messages.GroupMessage;
import com.segment.analytics.messages.IdentifyMessage;
import com.segment.analytics.messages.Message;
import com.segment.analytics.messages.MessageBuilder;
import com.segment.analytics.messages.PageMessage;
import com.segment.analytics.messages.ScreenMessage;
import com.segment.analytics.messages.TrackMessage;
import io.c360.demo.SampleCustomer.Product;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Sends a web visitor's journey for each sample customer through the official Segment Java client
 * (which posts batches to {@code <endpoint>/v1/import} with the write key as HTTP Basic user), and
 * waits until ingest has answered for every message.
 */
final class SegmentSender {

  private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(60);

  private final String writeKey;
  private final URI ingestUrl;

  SegmentSender(String writeKey, URI ingestUrl) {
    this.writeKey = writeKey;
    this.ingestUrl = ingestUrl;
  }

  /** How the sending went: messages sent and delivered. */
  record Result(int sent, int delivered) {}

  /**
   * Sends the journey of every customer and waits for ingest's answers.
   *
   * @throws DemoFailedException when a message was refused or not answered in time
   */
  Result send(List<SampleCustomer> customers) {
    List<MessageBuilder<?, ?>> messages = new ArrayList<>();
    for (SampleCustomer customer : customers) {
      messages.addAll(journey(customer, "anon-" + UUID.randomUUID()));
    }
    Outcomes outcomes = new Outcomes();
    Analytics analytics =
        Analytics.builder(writeKey)
            .endpoint(ingestUrl.toString())
            .flushQueueSize(50)
            .flushInterval(1, TimeUnit.SECONDS)
            .callback(outcomes)
            .build();
    try {
      messages.forEach(analytics::enqueue);
      analytics.flush();
      outcomes.awaitAll(messages.size(), DELIVERY_TIMEOUT);
    } finally {
      analytics.shutdown();
    }
    if (!outcomes.failures.isEmpty()) {
      throw new DemoFailedException(
          outcomes.failures.size()
              + " of "
              + messages.size()
              + " messages were not accepted by "
              + ingestUrl
              + ": "
              + Set.copyOf(outcomes.failures.values()));
    }
    return new Result(messages.size(), outcomes.delivered.size());
  }

  /**
   * An anonymous visit (page, screen, product viewed and added), the login (identify and alias),
   * the household (group) and the purchase (Order Completed).
   */
  static List<MessageBuilder<?, ?>> journey(SampleCustomer customer, String anonymousId) {
    Product shoe = Product.TRAIL_SHOE;
    Product socks = Product.MERINO_SOCKS;
    String orderId = "W-" + customer.userId() + "-" + UUID.randomUUID().toString().substring(0, 8);
    BigDecimal total = shoe.price().add(socks.price().multiply(BigDecimal.TWO));

    Map<String, Object> traits = new LinkedHashMap<>();
    traits.put("email", customer.email());
    traits.put("phone", customer.phone());
    traits.put("firstName", customer.firstName());
    traits.put("lastName", customer.lastName());

    Map<String, Object> order = new LinkedHashMap<>();
    order.put("order_id", orderId);
    order.put("total", total);
    order.put("revenue", total);
    order.put("currency", "USD");
    order.put("products", List.of(product(shoe, 1), product(socks, 2)));

    Map<String, Object> added = product(shoe, 1);
    added.put("cart_id", "cart-" + anonymousId);

    return List.of(
        PageMessage.builder("Home")
            .anonymousId(anonymousId)
            .properties(Map.of("path", "/", "url", "https://shop.example.com/")),
        ScreenMessage.builder("Product Detail")
            .anonymousId(anonymousId)
            .properties(Map.of("sku", shoe.sku())),
        TrackMessage.builder("Product Viewed").anonymousId(anonymousId).properties(product(shoe)),
        TrackMessage.builder("Product Added").anonymousId(anonymousId).properties(added),
        IdentifyMessage.builder().userId(customer.userId()).anonymousId(anonymousId).traits(traits),
        AliasMessage.builder(anonymousId).userId(customer.userId()),
        GroupMessage.builder("household-" + customer.lastName().toLowerCase(java.util.Locale.ROOT))
            .userId(customer.userId())
            .traits(Map.of("name", customer.lastName() + " household")),
        TrackMessage.builder("Order Completed").userId(customer.userId()).properties(order));
  }

  private static Map<String, Object> product(Product product) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("product_id", product.sku());
    properties.put("sku", product.sku());
    properties.put("name", product.name());
    properties.put("price", product.price());
    properties.put("category", product.category());
    return properties;
  }

  private static Map<String, Object> product(Product product, int quantity) {
    Map<String, Object> properties = product(product);
    properties.put("quantity", quantity);
    return properties;
  }

  /**
   * What the client reported per messageId. A message that failed once is reported as failed even
   * if a retry later succeeds: the demo should show any refusal loudly.
   */
  private static final class Outcomes implements Callback {

    final Set<String> delivered = ConcurrentHashMap.newKeySet();
    final Map<String, String> failures = new ConcurrentHashMap<>();

    @Override
    public void success(Message message) {
      delivered.add(message.messageId());
    }

    @Override
    public void failure(Message message, Throwable error) {
      failures.put(message.messageId(), String.valueOf(error.getMessage()));
    }

    void awaitAll(int expected, Duration timeout) {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (settled() < expected) {
        if (System.nanoTime() > deadline) {
          throw new DemoFailedException(
              "ingest answered "
                  + settled()
                  + " of "
                  + expected
                  + " messages within "
                  + timeout.toSeconds()
                  + " s; is ingest-service up? (./c360 status, ./c360 logs ingest)");
        }
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new DemoFailedException("interrupted while waiting for ingest", e);
        }
      }
    }

    private int settled() {
      Set<String> all = new java.util.HashSet<>(delivered);
      all.addAll(failures.keySet());
      return all.size();
    }
  }
}
