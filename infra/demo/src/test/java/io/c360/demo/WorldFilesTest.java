package io.c360.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.event.CustomerEvent;
import io.c360.synthetic.Product;
import io.c360.synthetic.RetailWorld;
import io.c360.synthetic.WorldSpec;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WorldFilesTest {

  private static RetailWorld world;
  private static List<CustomerEvent> store;
  private static List<CustomerEvent> support;

  @BeforeAll
  static void generate() {
    world =
        RetailWorld.generate(new WorldSpec(3, 300, 40, Instant.parse("2025-01-01T00:00:00Z"), 365));
    store = world.eventStream().filter(e -> e.source().equals("pos")).toList();
    support = world.eventStream().filter(e -> e.source().equals("support")).toList();
  }

  @Test
  void catalogHasOneRowPerProductInIngestsColumns() {
    List<String> lines = WorldFiles.catalog(world.catalog()).lines().toList();

    assertThat(lines.getFirst()).isEqualTo("sku,name,category,brand,price,currency,image_url,url");
    assertThat(lines).hasSize(world.catalog().size() + 1);
    Product first = world.catalog().getFirst();
    assertThat(fields(lines.get(1)))
        .containsExactly(
            first.sku(),
            first.name(),
            first.category(),
            "C360 Market",
            first.price().toPlainString(),
            "USD",
            first.imageUrl(),
            "https://shop.c360.example/p/" + first.sku().toLowerCase());
  }

  @Test
  void inventoryHasOneRowPerProductAndLocation() {
    List<String> lines = WorldFiles.inventory(world.catalog()).lines().toList();

    assertThat(lines.getFirst()).isEqualTo("sku,location,quantity");
    long expected = world.catalog().stream().mapToLong(p -> p.stockByLocation().size()).sum();
    assertThat(lines).hasSize((int) expected + 1);
    Product first = world.catalog().getFirst();
    assertThat(lines.subList(1, 1 + first.stockByLocation().size()))
        .allSatisfy(line -> assertThat(line).startsWith(first.sku() + ","))
        .anySatisfy(
            line ->
                assertThat(line)
                    .isEqualTo(first.sku() + ",web-dc," + first.stockByLocation().get("web-dc")));
  }

  @Test
  void posFileHasAContiguousRowPerOrderLineWithTheLoyaltyCardAndTheEventsMessageIdParts() {
    String csv = WorldFiles.posSales(store, false);
    List<List<String>> rows = csv.lines().skip(1).map(WorldFilesTest::fields).toList();

    assertThat(csv.lines().findFirst()).contains(WorldFiles.POS_HEADER);
    int lines =
        store.stream().mapToInt(e -> ((List<?>) e.properties().get("products")).size()).sum();
    assertThat(rows).hasSize(lines).allSatisfy(row -> assertThat(row).hasSize(14));
    assertThat(rows).allSatisfy(row -> assertThat(row.get(3)).startsWith("LOY"));
    // ingest makes the messageId pos:<store>:<transaction>:<type>, as the world's events have it
    java.util.Set<String> messageIds =
        rows.stream()
            .map(r -> "pos:" + r.get(1) + ":" + r.get(0) + ":" + r.get(13))
            .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    assertThat(messageIds)
        .containsExactlyElementsOf(store.stream().map(CustomerEvent::messageId).toList());
    assertThat(rows.stream().map(r -> r.get(13)).distinct()).contains("sale", "refund");
  }

  @Test
  void posFileLinesAddUpToTheOrdersListPrice() {
    CustomerEvent order =
        store.stream().filter(e -> "Order Completed".equals(e.event())).findFirst().orElseThrow();
    String orderId = (String) order.properties().get("order_id");
    BigDecimal total =
        WorldFiles.posSales(store, false)
            .lines()
            .skip(1)
            .map(WorldFilesTest::fields)
            .filter(r -> r.get(0).equals(orderId) && r.get(13).equals("sale"))
            .map(r -> new BigDecimal(r.get(11)).multiply(new BigDecimal(r.get(10))))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal discount = (BigDecimal) order.properties().get("discount");

    assertThat(total)
        .isEqualByComparingTo(((BigDecimal) order.properties().get("total")).add(discount));
  }

  @Test
  void posFileEndsWithTheBadRowOnlyWhenAsked() {
    assertThat(WorldFiles.posSales(store, true).lines().toList().getLast())
        .isEqualTo(WorldFiles.BAD_POS_ROW);
    assertThat(WorldFiles.posSales(List.of(), false)).isEqualTo(WorldFiles.POS_HEADER + "\n");
  }

  @Test
  void supportFileHasOneRowPerTicketWithUserIdEmailAndCsat() {
    List<List<String>> rows =
        WorldFiles.supportTickets(support).lines().skip(1).map(WorldFilesTest::fields).toList();

    assertThat(rows).hasSize(support.size()).isNotEmpty();
    CustomerEvent first = support.getFirst();
    Map<String, Object> p = first.properties();
    assertThat(rows.getFirst())
        .containsExactly(
            (String) p.get("ticket_id"),
            first.timestamp().toString(),
            first.userId(),
            world.customers().stream()
                .filter(c -> c.userId().equals(first.userId()))
                .findFirst()
                .orElseThrow()
                .email(),
            "",
            "",
            (String) p.get("subject"),
            (String) p.get("channel"),
            p.get("csat").toString());
    assertThat(rows).allSatisfy(r -> assertThat(Integer.parseInt(r.get(8))).isBetween(1, 5));
  }

  @Test
  void quotesFieldsWithCommasAndQuotes() {
    assertThat(WorldFiles.csv("a", "b,c", "say \"hi\"")).isEqualTo("a,\"b,c\",\"say \"\"hi\"\"\"");
  }

  /** Splits a line of these files: no field has a comma. */
  private static List<String> fields(String line) {
    return Arrays.asList(line.split(",", -1));
  }
}
