package io.c360.activation.report;

import io.c360.activation.profile.ProfileId;
import io.c360.common.event.CustomerEvent;
import io.c360.common.event.EventType;

/**
 * Turns resolved events into orders: an {@code Order Completed} track event, worth what {@link
 * OrderAmount} says (the rule identity-service counts lifetime value by).
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
        new Order(event.messageId(), event.timestamp(), OrderAmount.of(event.properties())));
    return true;
  }

  public void merged(String merged, String survivor) {
    ledger.merged(new ProfileId(merged), new ProfileId(survivor));
  }

  public void erased(String profileId) {
    ledger.forget(new ProfileId(profileId));
  }
}
