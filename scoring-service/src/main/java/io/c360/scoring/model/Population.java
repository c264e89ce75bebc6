package io.c360.scoring.model;

import io.c360.scoring.features.CustomerHistory;
import io.c360.scoring.features.HistoryEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Who is scored at a cutoff: {@code rule} is "active-subscriber" (the latest subscription event
 * before the cutoff is Started or Renewed), "has-order" (at least one Order Completed before the
 * cutoff) or "any" (at least one event before the cutoff); the first event must also be at least
 * {@code minTenureDays} before the cutoff.
 */
public record Population(String rule, int minTenureDays) {

  public static final String ACTIVE_SUBSCRIBER = "active-subscriber";
  public static final String HAS_ORDER = "has-order";
  public static final String ANY = "any";
  static final Set<String> RULES = Set.of(ACTIVE_SUBSCRIBER, HAS_ORDER, ANY);

  /** Whether the customer belongs to the population at {@code asOf}, from events before it. */
  public boolean eligible(CustomerHistory history, Instant asOf) {
    var events = history.events();
    if (events.isEmpty() || !events.getFirst().timestamp().isBefore(asOf)) {
      return false;
    }
    if (events.getFirst().timestamp().isAfter(asOf.minus(Duration.ofDays(minTenureDays)))) {
      return false;
    }
    boolean ordered = false;
    boolean subscribed = false;
    for (HistoryEvent e : events) {
      if (!e.timestamp().isBefore(asOf)) {
        break;
      }
      switch (e.name()) {
        case "Order Completed" -> ordered = true;
        case "Subscription Started", "Subscription Renewed" -> subscribed = true;
        case "Subscription Cancelled" -> subscribed = false;
        default -> {}
      }
    }
    return switch (rule) {
      case ACTIVE_SUBSCRIBER -> subscribed;
      case HAS_ORDER -> ordered;
      case ANY -> true;
      default -> throw new IllegalStateException("unknown population rule: " + rule);
    };
  }
}
