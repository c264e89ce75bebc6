package io.c360.activation.report;

import io.c360.activation.profile.ProfileId;
import io.c360.common.event.CustomerEvent;
import io.c360.common.event.EventType;
import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns resolved events into orders: an {@code Order Completed} track event, worth its {@code
 * revenue} property (else {@code total}, else zero), as identity-service counts lifetime value.
 */
public final class OrderEvents {

  public static final String ORDER_COMPLETED = "Order Completed";

  private final OrderLedger ledger;

  public OrderEvents(OrderLedger ledger) {
    this.ledger = ledger;
  }

  /** Records the event if it is an order; false when it is not one. */
  public boolean accept(String profileId, CustomerEvent event) {
    if (event.type() != EventType.TRACK || !ORDER_COMPLETED.equals(event.event())) {
      return false;
    }
    ledger.record(
        new ProfileId(profileId),
        new Order(event.messageId(), event.timestamp(), amount(event.properties())));
    return true;
  }

  public void merged(String merged, String survivor) {
    ledger.merged(new ProfileId(merged), new ProfileId(survivor));
  }

  public void erased(String profileId) {
    ledger.forget(new ProfileId(profileId));
  }

  private static BigDecimal amount(@Nullable Map<String, Object> properties) {
    if (properties == null) {
      return BigDecimal.ZERO;
    }
    for (String name : new String[] {"revenue", "total"}) {
      Object value = properties.get(name);
      if (value instanceof Number || value instanceof String) {
        try {
          return new BigDecimal(value.toString().trim());
        } catch (NumberFormatException e) {
          // not a number: try the next property
        }
      }
    }
    return BigDecimal.ZERO;
  }
}
