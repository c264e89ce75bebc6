package io.c360.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.event.CustomerEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The repeat profiles, measured as on a real wholesale log: among customers who bought in the last
 * 30 days, the share who re-bought an item they had bought before, and the share whose 10 most
 * frequently bought items (before the month) hit that month's basket.
 */
class RepeatProfileTest {

  private static final WorldSpec SPEC = WorldSpec.of(21, 1_500, Worlds.END);

  /** Repeat share and top-10 hit rate of the last 30 days. */
  record Repeats(double rebought, double topTenHit, int customers) {}

  @Test
  void groceryBasketsMostlyRepeatEarlierItemsAsOnARealWholesaleLog() {
    Repeats repeats = measure(RetailWorld.generate(SPEC.withRepeatProfile(RepeatProfile.GROCERY)));

    assertThat(repeats.customers()).isGreaterThan(200);
    assertThat(repeats.rebought()).isGreaterThan(0.85);
    assertThat(repeats.topTenHit()).isGreaterThan(0.7);
  }

  @Test
  void fashionBasketsRarelyRepeat() {
    Repeats repeats = measure(RetailWorld.generate(SPEC.withRepeatProfile(RepeatProfile.FASHION)));

    assertThat(repeats.customers()).isGreaterThan(200);
    assertThat(repeats.rebought()).isLessThan(0.15);
  }

  @Test
  void theMixedProfileIsTheDefaultAndRepeatsLessThanGrocery() {
    assertThat(SPEC.repeatProfile()).isEqualTo(RepeatProfile.MIXED);
    Repeats mixed = measure(RetailWorld.generate(SPEC));
    Repeats grocery = measure(RetailWorld.generate(SPEC.withRepeatProfile(RepeatProfile.GROCERY)));

    assertThat(mixed.rebought()).isLessThan(grocery.rebought() - 0.2);
  }

  @Test
  void theProfileChangesOnlyWhatIsBoughtNotOnWhichDaysOrWhoBuys() {
    RetailWorld mixed = RetailWorld.generate(new WorldSpec(3, 100, 300, SPEC.start(), 120));
    RetailWorld fashion =
        RetailWorld.generate(
            new WorldSpec(3, 100, 300, SPEC.start(), 120).withRepeatProfile(RepeatProfile.FASHION));

    assertThat(orderTimes(fashion)).isEqualTo(orderTimes(mixed));
  }

  /** Per customer, the days of their orders (times within a day follow the basket's length). */
  private static List<List<Instant>> orderTimes(RetailWorld world) {
    return world.customers().stream()
        .map(
            c ->
                world.events(c.customerId()).stream()
                    .filter(e -> "Order Completed".equals(e.event()))
                    .map(e -> e.timestamp().truncatedTo(java.time.temporal.ChronoUnit.DAYS))
                    .toList())
        .toList();
  }

  static Repeats measure(RetailWorld world) {
    Instant split = world.end().minus(Duration.ofDays(30));
    int customers = 0;
    int rebought = 0;
    int hit = 0;
    for (SyntheticCustomer customer : world.customers()) {
      Map<String, Integer> before = new HashMap<>();
      Set<String> after = new HashSet<>();
      for (CustomerEvent event : world.events(customer.customerId())) {
        if (!"Order Completed".equals(event.event())) {
          continue;
        }
        for (String sku : skus(event)) {
          if (event.timestamp().isBefore(split)) {
            before.merge(sku, 1, Integer::sum);
          } else {
            after.add(sku);
          }
        }
      }
      if (before.isEmpty() || after.isEmpty()) {
        continue;
      }
      customers++;
      rebought += after.stream().anyMatch(before::containsKey) ? 1 : 0;
      List<String> top = new ArrayList<>(before.keySet());
      top.sort((a, b) -> before.get(b) - before.get(a));
      hit += top.subList(0, Math.min(10, top.size())).stream().anyMatch(after::contains) ? 1 : 0;
    }
    return new Repeats((double) rebought / customers, (double) hit / customers, customers);
  }

  private static List<String> skus(CustomerEvent order) {
    List<String> skus = new ArrayList<>();
    if (order.properties().get("products") instanceof List<?> lines) {
      for (Object line : lines) {
        if (line instanceof Map<?, ?> product && product.get("sku") instanceof String sku) {
          skus.add(sku);
        }
      }
    }
    return skus;
  }
}
