package io.c360.activation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderAmountTest {

  @Test
  void takesRevenueFirst() {
    assertThat(OrderAmount.of(Map.of("revenue", 30, "total", 35.5, "products", lines())))
        .isEqualByComparingTo("30");
  }

  @Test
  void takesTheTotalWithoutRevenue() {
    assertThat(OrderAmount.of(Map.of("total", "35.50", "products", lines())))
        .isEqualByComparingTo("35.50");
  }

  @Test
  void sumsPriceTimesQuantityOfAnOrderThatCarriesOnlyProducts() {
    // 2 × 12.50 + 1 × 9.99 (no quantity counts as one) + a line without a price
    assertThat(OrderAmount.of(Map.of("products", lines()))).isEqualByComparingTo("34.99");
  }

  @Test
  void skipsAmountsThatAreNotNumbers() {
    assertThat(OrderAmount.of(Map.of("revenue", "n/a", "total", "12.00")))
        .isEqualByComparingTo("12.00");
    assertThat(OrderAmount.of(Map.of("revenue", "n/a"))).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(OrderAmount.of(null)).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(OrderAmount.of(Map.of("products", "not a list")))
        .isEqualByComparingTo(BigDecimal.ZERO);
  }

  private static List<Object> lines() {
    return List.of(
        Map.of("sku", "A", "price", 12.5, "quantity", 2),
        Map.of("sku", "B", "price", "9.99"),
        Map.of("sku", "C", "quantity", 4));
  }
}
