package io.c360.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.event.CustomerEvent;
import io.c360.common.event.EventType;
import io.c360.common.identifier.Identifier;
import io.c360.common.identifier.IdentifierNormalizer;
import io.c360.common.identifier.IdentifierType;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RetailWorldTest {

  private final RetailWorld world = Worlds.small();
  private final IdentifierNormalizer normalizer = new IdentifierNormalizer("US");

  @Test
  void generatesTheSameEventsFromTheSameSpec() {
    RetailWorld again = RetailWorld.generate(world.spec());

    assertThat(again.allEvents()).isEqualTo(world.allEvents());
    assertThat(again.customers()).isEqualTo(world.customers());
    assertThat(again.catalog()).isEqualTo(world.catalog());
  }

  @Test
  void generatesADifferentWorldFromAnotherSeed() {
    WorldSpec spec = world.spec();
    RetailWorld other =
        RetailWorld.generate(
            new WorldSpec(spec.seed() + 1, spec.customers(), spec.products(), spec.start(), 30));

    assertThat(other.customers()).isNotEqualTo(world.customers());
  }

  @Test
  void keepsEveryEventSortedAndWithinThePeriod() {
    List<CustomerEvent> all = world.allEvents();

    assertThat(all).hasSize((int) world.eventCount()).isNotEmpty();
    assertThat(all)
        .extracting(CustomerEvent::timestamp)
        .isSorted()
        .allSatisfy(
            t -> assertThat(t).isAfterOrEqualTo(world.spec().start()).isBefore(world.end()));
    for (SyntheticCustomer c : world.customers()) {
      assertThat(world.events(c.customerId())).extracting(CustomerEvent::timestamp).isSorted();
    }
  }

  @Test
  void givesEveryEventItsOwnMessageId() {
    List<CustomerEvent> all = world.allEvents();

    assertThat(all.stream().map(CustomerEvent::messageId).distinct().count()).isEqualTo(all.size());
  }

  @Test
  void carriesIdentifiersNormalizedAsIngestDoes() {
    for (SyntheticCustomer c : world.customers()) {
      for (CustomerEvent e : world.events(c.customerId())) {
        assertThat(e.identifiers()).isNotEmpty().doesNotHaveDuplicates();
        for (Identifier id : e.identifiers()) {
          assertThat(normalizer.normalize(id.type(), id.value())).contains(id);
          switch (id.type()) {
            case USER_ID -> assertThat(id.value()).isEqualTo(c.userId()).isEqualTo(e.userId());
            case ANONYMOUS_ID ->
                assertThat(id.value()).isIn(c.anonymousIds()).isEqualTo(e.anonymousId());
            case EMAIL -> assertThat(id.value()).isEqualTo(c.email());
            case PHONE -> assertThat(id.value()).isEqualTo(c.phone()).startsWith("+1");
            case LOYALTY_ID -> assertThat(id.value()).isEqualTo(c.loyaltyId());
            case DEVICE_ID -> assertThat(e.source()).isIn("ios", "android");
          }
        }
        if (e.type() == EventType.IDENTIFY) {
          assertThat(types(e))
              .contains(
                  IdentifierType.USER_ID,
                  IdentifierType.ANONYMOUS_ID,
                  IdentifierType.EMAIL,
                  IdentifierType.PHONE,
                  IdentifierType.LOYALTY_ID);
        }
      }
    }
  }

  @Test
  void sendsWebAndAppEventsAnonymouslyUntilTheDeviceLogsIn() {
    for (SyntheticCustomer c : world.customers()) {
      Set<String> loggedIn = new HashSet<>();
      for (CustomerEvent e : world.events(c.customerId())) {
        if (e.anonymousId() == null) {
          continue;
        }
        if (e.type() == EventType.IDENTIFY) {
          loggedIn.add(e.anonymousId());
        }
        assertThat(e.userId() != null).isEqualTo(loggedIn.contains(e.anonymousId()));
      }
    }
  }

  @Test
  void recordsStorePurchasesWithTheLoyaltyIdAndNoAnonymousId() {
    List<CustomerEvent> pos =
        world.allEvents().stream().filter(e -> e.source().equals("pos")).toList();

    assertThat(pos).isNotEmpty();
    assertThat(pos)
        .allSatisfy(
            e -> {
              assertThat(e.anonymousId()).isNull();
              assertThat(types(e)).containsExactly(IdentifierType.LOYALTY_ID);
              assertThat(e.event()).isIn("Order Completed", "Order Refunded");
              assertThat(e.messageId()).startsWith("pos:store-");
            });
  }

  @Test
  void referencesCatalogSkusInEveryOrder() {
    Map<String, Product> catalog =
        world.catalog().stream().collect(Collectors.toMap(Product::sku, p -> p));
    List<CustomerEvent> orders =
        world.allEvents().stream().filter(e -> "Order Completed".equals(e.event())).toList();

    assertThat(orders).isNotEmpty();
    for (CustomerEvent order : orders) {
      Map<String, Object> properties = order.properties();
      assertThat(properties)
          .containsKeys("order_id", "revenue", "total", "discount", "currency", "products");
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> lines = (List<Map<String, Object>>) properties.get("products");
      assertThat(lines).isNotEmpty();
      for (Map<String, Object> line : lines) {
        Product product = catalog.get((String) line.get("sku"));
        assertThat(product).isNotNull();
        assertThat(line)
            .containsEntry("product_id", product.sku())
            .containsEntry("category", product.category())
            .containsEntry("price", product.price())
            .containsKey("quantity");
      }
    }
  }

  @Test
  void refundsOnlyOrdersThatWereCompletedBefore() {
    for (SyntheticCustomer c : world.customers()) {
      Map<Object, Instant> completed = new java.util.HashMap<>();
      for (CustomerEvent e : world.events(c.customerId())) {
        if ("Order Completed".equals(e.event())) {
          completed.put(e.properties().get("order_id"), e.timestamp());
        } else if ("Order Refunded".equals(e.event())) {
          assertThat(completed).containsKey(e.properties().get("order_id"));
          assertThat((java.math.BigDecimal) e.properties().get("total")).isPositive();
        }
      }
    }
  }

  @Test
  void closesSupportTicketsWithACsatFromOneToFive() {
    List<CustomerEvent> tickets =
        world.allEvents().stream().filter(e -> "Support Ticket Closed".equals(e.event())).toList();

    assertThat(tickets).isNotEmpty();
    assertThat(tickets)
        .allSatisfy(
            e -> {
              assertThat(e.source()).isEqualTo("support");
              assertThat(e.properties()).containsKeys("ticket_id", "topic");
              assertThat((Integer) e.properties().get("csat")).isBetween(1, 5);
            });
  }

  @Test
  void letsSomeCustomersBrowseOnTwoDevices() {
    long twoDevices = world.customers().stream().filter(c -> c.anonymousIds().size() == 2).count();

    assertThat(twoDevices).isBetween(30L, 150L);
  }

  @Test
  void makesAboutFortyPercentOfCustomersSubscribeAtSomePoint() {
    long subscribers =
        world.customers().stream()
            .filter(
                c ->
                    world.events(c.customerId()).stream()
                        .anyMatch(e -> "Subscription Started".equals(e.event())))
            .count();

    assertThat(subscribers / (double) world.customers().size()).isBetween(0.30, 0.50);
  }

  @Test
  void stocksEveryProductAtEveryLocation() {
    assertThat(world.catalog()).hasSize(300);
    assertThat(world.catalog())
        .allSatisfy(
            p -> {
              assertThat(p.stockByLocation()).containsKeys(Catalog.LOCATIONS);
              assertThat(p.price().scale()).isEqualTo(2);
            });
  }

  private static List<IdentifierType> types(CustomerEvent e) {
    return e.identifiers().stream().map(Identifier::type).toList();
  }
}
