package io.c360.recommendation.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.event.CustomerEvent;
import io.c360.common.event.EventType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InteractionsTest {

  private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");

  private static CustomerEvent track(String name, Map<String, Object> properties) {
    return new CustomerEvent(
        "m-1",
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
  void anOrderCarryingOnlyProductsIsOnePurchasePerLineOfTheAmountEveryServiceGivesIt() {
    // the same order as identity's, scoring's and activation's test: 3.25 × 2 + 1.00
    CustomerEvent order =
        track(
            "Order Completed",
            Map.of(
                "products",
                List.of(
                    Map.of("sku", "A", "category", "bags", "price", "3.25", "quantity", 2),
                    Map.of("product_id", "B", "price", new BigDecimal("1.00")))));

    assertThat(Interactions.of("p-1", order))
        .containsExactly(
            new Interaction("p-1", "A", "bags", Interaction.Kind.PURCHASE, AT, "m-1#0"),
            new Interaction("p-1", "B", null, Interaction.Kind.PURCHASE, AT, "m-1#1"));
    assertThat(order.commerce().revenue()).isEqualByComparingTo("7.50");
  }

  @Test
  void aSingleProductEventIsOneInteractionWithItsSkuAndCategory() {
    assertThat(
            Interactions.of(
                "p-1", track("Product Viewed", Map.of("product_id", 42, "category", "hats"))))
        .containsExactly(new Interaction("p-1", "42", "hats", Interaction.Kind.VIEW, AT, "m-1"));
    assertThat(
            Interactions.of("p-1", track("Product Added", Map.of("sku", "S", "product_id", "P"))))
        .extracting(Interaction::sku)
        .containsExactly("S");
  }

  @Test
  void eventsWithoutAProductCarryNoInteraction() {
    assertThat(Interactions.of("p-1", track("Product Viewed", Map.of("currency", "EUR"))))
        .isEmpty();
    assertThat(Interactions.of("p-1", track("Order Completed", Map.of("products", "none"))))
        .isEmpty();
    assertThat(Interactions.of("p-1", track("Signed Up", Map.of("sku", "A")))).isEmpty();
  }
}
