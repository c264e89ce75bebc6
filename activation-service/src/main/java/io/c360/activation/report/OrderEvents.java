package io.c360.activation.report;

import io.c360.activation.profile.ProfileId;
import io.c360.common.event.Commerce;
import io.c360.common.event.CustomerEvent;
import io.c360.common.event.EventType;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns resolved events into orders: an {@code Order Completed} track event, worth the amount of
 * its typed {@link Commerce} part (revenue, else total, else the lines' price × quantity: the one
 * rule every service counts orders by), zero when it carries none.
 */
@Component
public final class OrderEvents {

  public static final String ORDER_COMPLETED = "Order Completed";

  private final OrderLedger ledger;

  OrderEvents(OrderLedger ledger) {
    this.ledger = ledger;
  }

  /** Records the event if it is an order; false when it is not one. */
  public boolean accept(String profileId, CustomerEvent event) {
    if (event.type() != EventType.TRACK || !ORDER_COMPLETED.equals(event.event())) {
      return false;
    }
    ledger.record(
        new ProfileId(profileId),
        new Order(event.messageId(), event.timestamp(), amount(event.commerce())));
    return true;
  }

  private static BigDecimal amount(@Nullable Commerce commerce) {
    return commerce == null ? BigDecimal.ZERO : commerce.amountOrZero();
  }

  public void merged(String merged, String survivor) {
    ledger.merged(new ProfileId(merged), new ProfileId(survivor));
  }

  public void erased(String profileId) {
    ledger.forget(new ProfileId(profileId));
  }
}
