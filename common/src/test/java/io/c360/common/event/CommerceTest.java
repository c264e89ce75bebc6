package io.c360.common.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.json.EventJson;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CommerceTest {

  private static List<Map<String, Object>> twoLines() {
    return List.of(
        Map.of(
            "product_id",
            "p-1",
            "sku",
            "SKU-1",
            "price",
            "10.00",
            "quantity",
            2,
            "category",
            "Shoes",
            "name",
            "Runner"),
        Map.of("product_id", "p-2", "price", new BigDecimal("14.99"), "category", "Socks"));
  }

  @Test
  void revenueWinsOverTotalAndProducts() {
    Commerce c =
        Commerce.from(
            "Order Completed",
            Map.of(
                "order_id",
                "o-1",
                "revenue",
                30,
                "total",
                35.5,
                "currency",
                "EUR",
                "products",
                twoLines()));

    assertThat(c.revenue()).isEqualByComparingTo("30");
    assertThat(c.orderId()).isEqualTo("o-1");
    assertThat(c.currency()).isEqualTo("EUR");
  }

  @Test
  void totalWhenThereIsNoRevenue() {
    Commerce c = Commerce.from("Order Completed", Map.of("total", "35.50", "products", twoLines()));

    assertThat(c.revenue()).isEqualByComparingTo("35.50");
  }

  @Test
  void sumOfPriceTimesQuantityWhenOnlyProducts() {
    Commerce c = Commerce.from("Order Completed", Map.of("orderId", "o-2", "products", twoLines()));

    // 10.00 × 2 + 14.99 × 1 (a missing quantity is one)
    assertThat(c.revenue()).isEqualByComparingTo("34.99");
    assertThat(c.orderId()).isEqualTo("o-2");
    assertThat(c.lines())
        .containsExactly(
            new Commerce.Line(
                "SKU-1", new BigDecimal(2), new BigDecimal("10.00"), "Shoes", "Runner"),
            new Commerce.Line("p-2", BigDecimal.ONE, new BigDecimal("14.99"), "Socks", null));
  }

  @Test
  void refundIsPositiveAndReadsTotalFirst() {
    assertThat(Commerce.from("Order Refunded", Map.of("total", -20, "revenue", -25)).revenue())
        .isEqualByComparingTo("20");
    assertThat(Commerce.from("Order Refunded", Map.of("revenue", "-25")).revenue())
        .isEqualByComparingTo("25");
  }

  @Test
  void refundLinesWithNegativeQuantitiesAreTheQuantitiesReturned() {
    Commerce c =
        Commerce.from(
            "Order Refunded",
            Map.of(
                "order_id",
                "o-3",
                "products",
                List.of(
                    Map.of("sku", "A", "price", 5, "quantity", -3),
                    Map.of("sku", "B", "price", 2, "quantity", 1))));

    assertThat(c.revenue()).isEqualByComparingTo("17");
    assertThat(c.lines())
        .extracting(Commerce.Line::quantity)
        .containsExactly(new BigDecimal(3), BigDecimal.ONE);
  }

  @Test
  void singleProductEventsCarryTheirProductAtTopLevel() {
    Commerce c =
        Commerce.from(
            "Product Added",
            Map.of(
                "product_id",
                "p-9",
                "price",
                12.5,
                "quantity",
                2,
                "category",
                "Hats",
                "name",
                "Cap",
                "currency",
                "USD"));

    assertThat(c.lines())
        .containsExactly(
            new Commerce.Line("p-9", new BigDecimal(2), new BigDecimal("12.5"), "Hats", "Cap"));
    assertThat(c.revenue()).isEqualByComparingTo("25.0");
    assertThat(c.firstSku()).isEqualTo("p-9");
    assertThat(c.firstCategory()).isEqualTo("Hats");
  }

  @Test
  void missingAndGarbageValuesGiveNullNotExceptions() {
    Map<String, Object> garbage = new LinkedHashMap<>();
    garbage.put("order_id", Map.of("x", 1));
    garbage.put("revenue", "n/a");
    garbage.put("total", List.of(1));
    garbage.put("currency", 7.5);
    garbage.put(
        "products",
        List.of(
            "not a product",
            Map.of("sku", " ", "price", "cheap", "quantity", "lots", "name", "Thing")));
    Commerce c = Commerce.from("Order Completed", garbage);

    assertThat(c.orderId()).isNull();
    assertThat(c.revenue()).isNull();
    assertThat(c.amountOrZero()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(c.lines())
        .containsExactly(new Commerce.Line(null, BigDecimal.ONE, null, null, "Thing"));

    assertThat(
            Commerce.from("Order Completed", Map.of("revenue", "n/a", "total", "12.00")).revenue())
        .isEqualByComparingTo("12.00");
    assertThat(Commerce.from("Order Completed", Map.of("products", "not a list"))).isNull();
    assertThat(Commerce.from("Order Completed", Map.of("revenue", Double.NaN))).isNull();
    assertThat(Commerce.from("Order Completed", null)).isNull();
    assertThat(Commerce.from(null, Map.of("revenue", 5))).isNull();
  }

  @Test
  void eventsOutsideTheEcommerceSpecCarryNone() {
    assertThat(Commerce.from("Support Ticket Closed", Map.of("category", "billing", "csat", 4)))
        .isNull();
    assertThat(Commerce.from("Subscription Started", Map.of("price", 9.99))).isNull();
  }

  private static final String ORDER =
      """
      {"messageId":"m-1","type":"track","event":"Order Completed","userId":"u-1",
       "properties":{"order_id":"o-1","currency":"EUR",
                     "products":[{"sku":"A","price":19.90,"quantity":2,"category":"Shoes"}]},
       "timestamp":"2026-11-01T10:15:00Z","receivedAt":"2026-11-01T10:15:01Z",
       "source":"web","identifiers":[{"type":"userId","value":"u-1"}]}
      """;

  @Test
  void anEventWithoutTheFieldDerivesItFromProperties() {
    CustomerEvent old = EventJson.mapper().readValue(ORDER, CustomerEvent.class);

    assertThat(old.commerce())
        .isEqualTo(
            new Commerce(
                "o-1",
                new BigDecimal("39.80"),
                "EUR",
                List.of(
                    new Commerce.Line(
                        "A", new BigDecimal(2), new BigDecimal("19.90"), "Shoes", null))));
  }

  @Test
  void roundTripsThroughTheContractJson() {
    var mapper = EventJson.mapper();
    CustomerEvent event = mapper.readValue(ORDER, CustomerEvent.class);

    String json = mapper.writeValueAsString(event);
    JsonNode commerce = mapper.readTree(json).get("commerce");
    CustomerEvent read = mapper.readValue(json, CustomerEvent.class);

    assertThat(commerce.get("orderId").asString()).isEqualTo("o-1");
    assertThat(commerce.get("revenue").decimalValue()).isEqualByComparingTo("39.80");
    assertThat(commerce.get("lines").get(0).get("sku").asString()).isEqualTo("A");
    assertThat(read).isEqualTo(event);
  }

  @Test
  void theStoredPartWinsOverProperties() {
    String stored =
        ORDER.replace(
            "\"source\":\"web\"",
            "\"source\":\"web\",\"commerce\":{\"orderId\":\"o-1\",\"revenue\":41.00,"
                + "\"lines\":[]}");

    CustomerEvent event = EventJson.mapper().readValue(stored, CustomerEvent.class);

    assertThat(event.commerce().revenue()).isEqualByComparingTo("41.00");
    assertThat(event.commerce().lines()).isEmpty();
  }

  @Test
  void nonTrackEventsCarryNone() {
    CustomerEvent page =
        EventJson.mapper().readValue(ORDER.replace("\"track\"", "\"page\""), CustomerEvent.class);

    assertThat(page.commerce()).isNull();
  }
}
