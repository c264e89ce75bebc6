package io.c360.scoring.features;

import java.time.Instant;

/** Hand-made history events for tests. */
public final class Events {

  private Events() {}

  public static HistoryEvent order(Instant at, double revenue) {
    return new HistoryEvent(at, "Order Completed", "web", "shoes", revenue, 0, null);
  }

  public static HistoryEvent discountedOrder(Instant at, double revenue, double discount) {
    return new HistoryEvent(at, "Order Completed", "pos", "bags", revenue, discount, null);
  }

  public static HistoryEvent refund(Instant at, double amount) {
    return new HistoryEvent(at, "Order Refunded", "web", null, amount, 0, null);
  }

  public static HistoryEvent page(Instant at) {
    return new HistoryEvent(at, "page", "web", null, 0, 0, null);
  }

  public static HistoryEvent screen(Instant at) {
    return new HistoryEvent(at, "screen", "ios", null, 0, 0, null);
  }

  public static HistoryEvent cartAdd(Instant at) {
    return new HistoryEvent(at, "Product Added", "web", "shoes", 50, 0, null);
  }

  public static HistoryEvent wishlist(Instant at) {
    return new HistoryEvent(at, "Product Added to Wishlist", "android", "hats", 0, 0, null);
  }

  public static HistoryEvent ticket(Instant at, double csat) {
    return new HistoryEvent(at, "Support Ticket Closed", "support", null, 0, 0, csat);
  }

  public static HistoryEvent subscription(Instant at, String what, double price) {
    return new HistoryEvent(at, "Subscription " + what, "web", null, price, 0, null);
  }

  public static HistoryEvent track(Instant at, String name) {
    return new HistoryEvent(at, name, "web", null, 0, 0, null);
  }
}
