package io.c360.demo;

import io.c360.common.event.CustomerEvent;
import io.c360.synthetic.RetailWorld;
import io.c360.synthetic.WorldSpec;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Step 1: generates the synthetic retail world ({@code infra/synthetic}) ending at midnight UTC
 * today, and counts what it holds. Store sales and support tickets are set aside: they enter C360
 * as files, the rest through the Tracking API.
 */
final class WorldStep {

  /** Sources whose events come from files rather than from apps. */
  static final List<String> FILE_SOURCES = List.of("pos", "support");

  private final PrintStream out;

  WorldStep(PrintStream out) {
    this.out = out;
  }

  /**
   * The generated world and what the demo needs from it.
   *
   * @param storeEvents store orders and refunds (source {@code pos}), for the POS file
   * @param supportEvents closed support tickets (source {@code support}), for the tickets file
   */
  record DemoWorld(
      RetailWorld world,
      List<CustomerEvent> storeEvents,
      List<CustomerEvent> supportEvents,
      Contents contents) {

    /** Events that go through the Tracking API (every source but pos and support). */
    long apiEvents() {
      return contents.events() - storeEvents.size() - supportEvents.size();
    }
  }

  /** Counts of what the issue asks the world to contain. */
  record Contents(
      long events,
      Map<String, Long> bySource,
      Map<String, Long> byName,
      long anonymousLogins,
      long productsInStock,
      double meanCsat) {

    long count(String name) {
      return byName.getOrDefault(name, 0L);
    }
  }

  DemoWorld generate(DemoOptions options) {
    Instant end = Instant.now().truncatedTo(ChronoUnit.DAYS);
    WorldSpec spec =
        new WorldSpec(
            options.seed(),
            options.customers(),
            options.products(),
            end.minus(Duration.ofDays(options.days())),
            options.days());
    out.printf(
        "      RetailWorld seed %d: %,d customers, %,d products, %d days up to %s%n",
        options.seed(), options.customers(), options.products(), options.days(), end);
    RetailWorld world = RetailWorld.generate(spec);
    Map<String, Long> bySource = new TreeMap<>();
    Map<String, Long> byName = new TreeMap<>();
    List<CustomerEvent> store = new ArrayList<>();
    List<CustomerEvent> support = new ArrayList<>();
    long[] totals = new long[3]; // events, logins of an anonymous device, csat sum
    world
        .eventStream()
        .forEach(
            e -> {
              totals[0]++;
              bySource.merge(e.source(), 1L, Long::sum);
              byName.merge(name(e), 1L, Long::sum);
              if (e.type().wireName().equals("identify") && e.anonymousId() != null) {
                totals[1]++;
              }
              if (e.source().equals("pos")) {
                store.add(e);
              } else if (e.source().equals("support")) {
                support.add(e);
                if (e.properties() != null && e.properties().get("csat") instanceof Number csat) {
                  totals[2] += csat.longValue();
                }
              }
            });
    long inStock =
        world.catalog().stream()
            .filter(p -> p.stockByLocation().values().stream().anyMatch(q -> q > 0))
            .count();
    Contents contents =
        new Contents(
            totals[0],
            bySource,
            byName,
            totals[1],
            inStock,
            support.isEmpty() ? Double.NaN : (double) totals[2] / support.size());
    long storeOrders = store.stream().filter(e -> name(e).equals("Order Completed")).count();
    print(world, contents, storeOrders, support.size());
    return new DemoWorld(world, List.copyOf(store), List.copyOf(support), contents);
  }

  private void print(RetailWorld world, Contents c, long storeOrders, int tickets) {
    out.printf(
        "      %,d events; by source: %s%n",
        c.events(),
        String.join(
            ", ",
            c.bySource().entrySet().stream()
                .map(e -> "%s %,d".formatted(e.getKey(), e.getValue()))
                .toList()));
    out.printf(
        "      catalog: %,d products in %d categories, %,d of them in stock somewhere%n",
        world.catalog().size(),
        world.catalog().stream().map(p -> p.category()).distinct().count(),
        c.productsInStock());
    out.printf(
        "      browsing: %,d page and %,d screen views, %,d Product Viewed, %,d Product Added,"
            + " %,d wishlist saves%n",
        c.count("page"),
        c.count("screen"),
        c.count("Product Viewed"),
        c.count("Product Added"),
        c.count("Product Added to Wishlist"));
    out.printf(
        "      logins: %,d identify calls that tie an anonymous device to a customer%n",
        c.anonymousLogins());
    out.printf(
        "      orders: %,d (%,d of them in a store with a loyalty card), %,d refunded%n",
        c.count("Order Completed"), storeOrders, c.count("Order Refunded"));
    out.printf(
        "      subscriptions: %,d started, %,d renewals, %,d cancelled%n",
        c.count("Subscription Started"),
        c.count("Subscription Renewed"),
        c.count("Subscription Cancelled"));
    out.printf("      support: %,d tickets closed, mean CSAT %.2f of 5%n", tickets, c.meanCsat());
    out.println(
        "      not in the world: email consent (sent as identify traits in step 2) and"
            + " discount columns in the POS file (store coupons are lost)");
  }

  static String name(CustomerEvent e) {
    return e.event() != null ? e.event() : e.type().wireName();
  }
}
