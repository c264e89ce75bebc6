package io.c360.activation.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.activation.profile.ProfileId;
import io.c360.common.event.CustomerEvent;
import io.c360.common.event.EventType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderEventsTest {

  private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");

  /** Keeps what OrderEvents records, to read it back. */
  private static final class RecordedOrders implements OrderLedger {
    final List<Order> orders = new ArrayList<>();

    @Override
    public void record(ProfileId profile, Order order) {
      orders.add(order);
    }

    @Override
    public void merged(ProfileId merged, ProfileId survivor) {}

    @Override
    public void forget(ProfileId profile) {}

    @Override
    public List<Order> orders(ProfileId profile, Instant from, Instant to) {
      return orders;
    }
  }

  private static CustomerEvent track(String name, Map<String, Object> properties) {
    return new CustomerEvent(
        "m-" + name.hashCode(),
        EventType.TRACK,
        name,
        null,
        "u-1",
        null,
        null,
        null,
        null,
        properties,
        null,
        null,
        AT,
        null,
        null,
        AT,
        "web",
        List.of());
  }

  @Test
  void anOrderCarryingOnlyProductsConvertsForTheAmountEveryServiceGivesIt() {
    // the same order as identity's, scoring's and recommendation's test: 3.25 × 2 + 1.00
    RecordedOrders ledger = new RecordedOrders();
    CustomerEvent order =
        track(
            "Order Completed",
            Map.of(
                "products",
                List.of(
                    Map.of("sku", "A", "category", "bags", "price", "3.25", "quantity", 2),
                    Map.of("sku", "B", "category", "bags", "price", new BigDecimal("1.00")))));

    assertThat(new OrderEvents(ledger).accept("p-1", order)).isTrue();

    assertThat(ledger.orders).hasSize(1);
    assertThat(ledger.orders.getFirst().revenue()).isEqualByComparingTo("7.50");
  }

  @Test
  void takesRevenueThenTotalAndZeroWhenTheOrderCarriesNoAmount() {
    RecordedOrders ledger = new RecordedOrders();
    OrderEvents events = new OrderEvents(ledger);

    events.accept("p-1", track("Order Completed", Map.of("revenue", 30, "total", 35.5)));
    events.accept("p-1", track("Order Completed", Map.of("total", "35.50", "x", 1)));
    events.accept("p-1", track("Order Completed", Map.of("revenue", "n/a", "y", 2)));

    assertThat(ledger.orders)
        .extracting(Order::revenue)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("30"), new BigDecimal("35.50"), BigDecimal.ZERO);
  }

  @Test
  void otherEventsAreNoOrders() {
    RecordedOrders ledger = new RecordedOrders();

    assertThat(new OrderEvents(ledger).accept("p-1", track("Product Viewed", Map.of("sku", "A"))))
        .isFalse();
    assertThat(ledger.orders).isEmpty();
  }
}
