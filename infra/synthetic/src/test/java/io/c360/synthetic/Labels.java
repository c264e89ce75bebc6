package io.c360.synthetic;

import io.c360.common.event.CustomerEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Labels and facts read off a customer's events the way a feature pipeline would. */
final class Labels {

  static final String ORDER_COMPLETED = "Order Completed";

  private Labels() {}

  static boolean happened(List<CustomerEvent> events, String name, Instant from, int days) {
    Instant to = from.plus(Duration.ofDays(days));
    return events.stream()
        .anyMatch(
            e ->
                name.equals(e.event())
                    && !e.timestamp().isBefore(from)
                    && e.timestamp().isBefore(to));
  }

  static boolean orderedBefore(List<CustomerEvent> events, Instant cutoff) {
    return events.stream()
        .anyMatch(e -> ORDER_COMPLETED.equals(e.event()) && e.timestamp().isBefore(cutoff));
  }

  /** Whether the last subscription event before the cutoff left the subscription active. */
  static boolean subscribedAt(List<CustomerEvent> events, Instant cutoff) {
    boolean active = false;
    for (CustomerEvent e : events) {
      if (!e.timestamp().isBefore(cutoff)) {
        break;
      }
      if ("Subscription Started".equals(e.event()) || "Subscription Renewed".equals(e.event())) {
        active = true;
      } else if ("Subscription Cancelled".equals(e.event())) {
        active = false;
      }
    }
    return active;
  }
}
