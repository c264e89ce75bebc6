package io.c360.scoring.training;

import io.c360.scoring.features.CustomerHistory;
import io.c360.scoring.features.HistoryEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A small hand-made world of subscribers for trainer tests: customers whose engagement drops at a
 * random day cancel much more often afterwards, and unhappy support contacts add to the risk.
 */
final class ToyWorld {

  static final Instant END = Instant.parse("2025-01-01T00:00:00Z");
  static final int DAYS = 540;

  private ToyWorld() {}

  static List<CustomerHistory> subscribers(int customers, long seed) {
    return subscribers(customers, seed, END);
  }

  /** The same world, its {@link #DAYS} days of history ending at {@code end}. */
  static List<CustomerHistory> subscribers(int customers, long seed, Instant end) {
    var random = new Random(seed);
    Instant start = end.minus(Duration.ofDays(DAYS));
    var histories = new ArrayList<CustomerHistory>(customers);
    for (int c = 0; c < customers; c++) {
      var events = new ArrayList<HistoryEvent>();
      double engagement = Math.min(0.9, 0.12 * Math.exp(random.nextGaussian() * 0.7));
      boolean unhappy = random.nextDouble() < 0.2;
      int joined = random.nextInt(200);
      int declines = random.nextDouble() < 0.5 ? joined + random.nextInt(DAYS - joined) : DAYS;
      boolean subscribed = true;
      events.add(event(start, joined, "Subscription Started", "web", 12, null, random));
      for (int day = joined + 1; day < DAYS; day++) {
        boolean declined = day >= declines;
        double p = declined ? engagement * 0.25 : engagement;
        if (random.nextDouble() < p) {
          events.add(
              event(start, day, "page", random.nextBoolean() ? "web" : "ios", 0, null, random));
        }
        if (random.nextDouble() < p * 0.1) {
          events.add(
              event(start, day, "Order Completed", "web", 20 + random.nextInt(80), null, random));
        }
        if (random.nextDouble() < (unhappy ? 0.02 : 0.005)) {
          double csat = unhappy ? 1 + random.nextInt(2) : 3 + random.nextInt(3);
          events.add(event(start, day, "Support Ticket Closed", "support", 0, csat, random));
        }
        if (subscribed) {
          double hazard = 0.0008 * (unhappy ? 3 : 1) + (declined && day > declines + 15 ? 0.01 : 0);
          if (random.nextDouble() < hazard) {
            events.add(event(start, day, "Subscription Cancelled", "web", 12, null, random));
            subscribed = false;
          } else if ((day - joined) % 30 == 0) {
            events.add(event(start, day, "Subscription Renewed", "web", 12, null, random));
          }
        } else if (random.nextDouble() < 0.002) {
          events.add(event(start, day, "Subscription Started", "web", 12, null, random));
          subscribed = true;
        }
      }
      histories.add(new CustomerHistory("toy-" + c, events));
    }
    return histories;
  }

  /**
   * Customers who either order every three days or never do (all browse): whether a customer orders
   * in the next 30 days is known from {@code orders_30d} before the cutoff, as when a feature leaks
   * the label.
   */
  static List<CustomerHistory> predictableBuyers(int customers, long seed) {
    var random = new Random(seed);
    Instant start = END.minus(Duration.ofDays(DAYS));
    var histories = new ArrayList<CustomerHistory>(customers);
    for (int c = 0; c < customers; c++) {
      boolean buyer = c % 2 == 0;
      var events = new ArrayList<HistoryEvent>();
      for (int day = 0; day < DAYS; day++) {
        if (random.nextDouble() < 0.3) {
          events.add(event(start, day, "page", "web", 0, null, random));
        }
        if (buyer && day % 3 == 0) {
          events.add(event(start, day, "Order Completed", "web", 30, null, random));
        }
      }
      events.sort(java.util.Comparator.comparing(HistoryEvent::timestamp));
      histories.add(new CustomerHistory("buyer-" + c, events));
    }
    return histories;
  }

  private static HistoryEvent event(
      Instant start,
      int day,
      String name,
      String source,
      double amount,
      Double csat,
      Random random) {
    Instant at = start.plus(Duration.ofDays(day)).plusSeconds(random.nextInt(86_400));
    return new HistoryEvent(at, name, source, null, amount, 0, csat);
  }
}
