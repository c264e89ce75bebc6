package io.c360.scoring.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.event.CustomerEvent;
import io.c360.common.event.EventType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class HistoryEventTest {

  private static final Instant AT = Instant.parse("2025-03-01T12:00:00Z");

  private static CustomerEvent event(
      EventType type, @Nullable String name, Map<String, Object> properties, String source) {
    return new CustomerEvent(
        "m-1",
        type,
        type == EventType.TRACK ? name : null,
        type == EventType.TRACK ? null : name,
        "u-1",
        null,
        null,
        null,
        null,
        properties,
        null,
        null,
        AT,
        AT,
        AT,
        AT,
        source,
        List.of());
  }

  @Test
  void readsAnOrderWithProducts() {
    var order =
        event(
            EventType.TRACK,
            "Order Completed",
            Map.of(
                "order_id",
                "o-1",
                "revenue",
                89.5,
                "total",
                99.5,
                "discount",
                10,
                "currency",
                "EUR",
                "products",
                List.of(
                    Map.of("sku", "SKU-7", "category", "Shoes", "price", 89.5, "quantity", 1),
                    Map.of("sku", "SKU-8", "category", "Socks"))),
            "web");

    assertThat(HistoryEvent.of(order))
        .isEqualTo(new HistoryEvent(AT, "Order Completed", "web", "Shoes", 89.5, 10, null));
  }

  @Test
  void readsAnOrderCarryingOnlyProductsAtTheAmountEveryServiceGivesIt() {
    // the same order as identity's, recommendation's and activation's test: 3.25 × 2 + 1.00,
    // every line counted (scoring used to read only the first product, and found no amount)
    var order =
        event(
            EventType.TRACK,
            "Order Completed",
            Map.of(
                "products",
                List.of(
                    Map.of("sku", "A", "category", "bags", "price", "3.25", "quantity", 2),
                    Map.of("sku", "B", "category", "bags", "price", new BigDecimal("1.00")))),
            "web");

    HistoryEvent history = HistoryEvent.of(order);

    assertThat(history.amount()).isEqualTo(7.5);
    assertThat(history.amount()).isEqualTo(order.commerce().revenue().doubleValue());
    assertThat(history.category()).isEqualTo("bags");
  }

  @Test
  void readsARefundAsAPositiveAmount() {
    var refund =
        event(EventType.TRACK, "Order Refunded", Map.of("order_id", "o-1", "total", -30.0), "pos");

    var history = HistoryEvent.of(refund);

    assertThat(history.name()).isEqualTo("Order Refunded");
    assertThat(history.amount()).isEqualTo(30.0);
    assertThat(history.source()).isEqualTo("pos");
  }

  @Test
  void readsTheCsatOfAClosedSupportTicket() {
    var ticket =
        event(
            EventType.TRACK,
            "Support Ticket Closed",
            Map.of("ticket_id", "t-1", "csat", 2),
            "support");

    assertThat(HistoryEvent.of(ticket).csat()).isEqualTo(2.0);
  }

  @Test
  void readsASubscriptionPrice() {
    var started =
        event(
            EventType.TRACK,
            "Subscription Started",
            Map.of("plan", "gold", "price", "14.99"),
            "web");

    assertThat(HistoryEvent.of(started).amount()).isEqualTo(14.99);
  }

  @Test
  void namesPageScreenAndIdentifyCallsByTheirType() {
    assertThat(HistoryEvent.of(event(EventType.PAGE, "Home", Map.of(), "web")).name())
        .isEqualTo("page");
    assertThat(HistoryEvent.of(event(EventType.SCREEN, "Cart", Map.of(), "ios")).name())
        .isEqualTo("screen");
    assertThat(HistoryEvent.of(event(EventType.IDENTIFY, null, Map.of(), "web")).name())
        .isEqualTo("identify");
  }

  @Test
  void turnsOddValuesIntoZeroOrNull() {
    var odd =
        event(
            EventType.TRACK,
            "Order Completed",
            Map.of("revenue", "a lot", "discount", List.of(1), "csat", "great", "products", "none"),
            "web");

    assertThat(HistoryEvent.of(odd))
        .isEqualTo(new HistoryEvent(AT, "Order Completed", "web", null, 0, 0, null));
  }
}
