package io.c360.scoring.features;

import static io.c360.scoring.features.Events.cartAdd;
import static io.c360.scoring.features.Events.discountedOrder;
import static io.c360.scoring.features.Events.order;
import static io.c360.scoring.features.Events.page;
import static io.c360.scoring.features.Events.refund;
import static io.c360.scoring.features.Events.screen;
import static io.c360.scoring.features.Events.subscription;
import static io.c360.scoring.features.Events.ticket;
import static io.c360.scoring.features.Events.wishlist;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FeaturesTest {

  private static final Instant AS_OF = Instant.parse("2025-06-01T00:00:00Z");
  private static final List<String> ALL =
      Features.catalog().stream().map(FeatureSpec::name).toList();

  private static Instant daysBefore(double days) {
    return AS_OF.minus(Duration.ofMillis((long) (days * 86_400_000L)));
  }

  private static float value(CustomerHistory history, String name) {
    return Features.compute(history, AS_OF, List.of(name))[0];
  }

  private static CustomerHistory history(HistoryEvent... events) {
    return new CustomerHistory("p1", List.of(events));
  }

  @Test
  void featuresAtACutoffIgnoreEverythingFromTheCutoffOn() {
    var random = new Random(7);
    for (int customer = 0; customer < 50; customer++) {
      var before = new ArrayList<HistoryEvent>();
      var after = new ArrayList<HistoryEvent>();
      for (int i = 0; i < 80; i++) {
        double days = random.nextDouble() * 800 - 200; // 200 days after to 600 before the cutoff
        Instant at = daysBefore(days);
        HistoryEvent event =
            switch (random.nextInt(8)) {
              case 0 -> order(at, 10 + random.nextInt(200));
              case 1 -> refund(at, 20);
              case 2 -> ticket(at, 1 + random.nextInt(5));
              case 3 -> subscription(at, random.nextBoolean() ? "Started" : "Cancelled", 9.99);
              case 4 -> cartAdd(at);
              case 5 -> wishlist(at);
              case 6 -> screen(at);
              default -> discountedOrder(at, 80, 20);
            };
        (at.isBefore(AS_OF) ? before : after).add(event);
      }
      after.add(order(AS_OF, 1000)); // exactly at the cutoff: already the future
      var all = new ArrayList<>(before);
      all.addAll(after);

      float[] withoutFuture = Features.compute(new CustomerHistory("c", before), AS_OF, ALL);
      float[] withFuture = Features.compute(new CustomerHistory("c", all), AS_OF, ALL);

      assertThat(withFuture).containsExactly(withoutFuture);
    }
  }

  @Test
  void windowsIncludeTheirFirstInstantAndExcludeTheAsOfTime() {
    var history =
        history(
            order(daysBefore(30), 10), // first instant of the 30-day window
            order(daysBefore(30.00001), 100), // just outside it
            order(daysBefore(90), 1000),
            order(daysBefore(90.00001), 10_000),
            order(daysBefore(365), 100_000),
            order(daysBefore(365.00001), 1_000_000),
            order(AS_OF, 7)); // at the as-of time: not yet visible

    assertThat(value(history, "orders_30d")).isEqualTo(1);
    assertThat(value(history, "revenue_30d")).isEqualTo(10);
    assertThat(value(history, "orders_90d")).isEqualTo(3);
    assertThat(value(history, "revenue_90d")).isEqualTo(1110);
    assertThat(value(history, "orders_365d")).isEqualTo(5);
    assertThat(value(history, "revenue_365d")).isEqualTo(111_110);
    assertThat(value(history, "orders_total")).isEqualTo(6);
    assertThat(value(history, "revenue_total")).isEqualTo(1_111_110);
    assertThat(value(history, "days_since_last_order")).isEqualTo(30);
  }

  @Test
  void countsOtherWindowedEventsOnlyInsideTheirWindow() {
    var history =
        history(
            refund(daysBefore(89.9), 25),
            refund(daysBefore(90.1), 25),
            wishlist(daysBefore(89)),
            wishlist(daysBefore(91)),
            page(daysBefore(29)),
            page(daysBefore(31)),
            screen(daysBefore(89)),
            ticket(daysBefore(89), 2),
            ticket(daysBefore(91), 5),
            ticket(daysBefore(400), 1));

    assertThat(value(history, "returns_90d")).isEqualTo(1);
    assertThat(value(history, "refunded_amount_90d")).isEqualTo(25);
    assertThat(value(history, "wishlist_adds_90d")).isEqualTo(1);
    assertThat(value(history, "sessions_30d")).isEqualTo(1);
    assertThat(value(history, "sessions_90d")).isEqualTo(3);
    assertThat(value(history, "support_contacts_90d")).isEqualTo(1);
    assertThat(value(history, "support_contacts_365d")).isEqualTo(2);
    assertThat(value(history, "csat_mean_365d")).isEqualTo(3.5f);
    assertThat(value(history, "low_csat_365d")).isEqualTo(1);
    assertThat(value(history, "csat_last")).isEqualTo(2);
    assertThat(value(history, "days_since_low_csat")).isEqualTo(89);
  }

  @Test
  void trendComparesTheLast30DaysWithThe60DaysBefore() {
    var history =
        history(
            page(daysBefore(80)),
            page(daysBefore(70)),
            page(daysBefore(50)),
            page(daysBefore(40)),
            page(daysBefore(10)));

    // (1 + 1) / (4 / 2 + 1)
    assertThat(value(history, "sessions_trend_30_60")).isEqualTo(2f / 3);
  }

  @Test
  void countsCartAddsWithoutALaterPurchase() {
    var history =
        history(
            cartAdd(daysBefore(20)),
            cartAdd(daysBefore(19)),
            order(daysBefore(18), 50),
            cartAdd(daysBefore(5)),
            cartAdd(daysBefore(4)));

    assertThat(value(history, "cart_adds_30d")).isEqualTo(4);
    assertThat(value(history, "cart_adds_without_purchase_30d")).isEqualTo(2);
  }

  @Test
  void describesDiscountsChannelsAndSubscriptions() {
    var history =
        history(
            subscription(daysBefore(200), "Started", 12),
            subscription(daysBefore(170), "Renewed", 12),
            subscription(daysBefore(140), "Renewed", 15),
            order(daysBefore(100), 100),
            discountedOrder(daysBefore(50), 80, 20));

    assertThat(value(history, "subscription_active")).isEqualTo(1);
    assertThat(value(history, "subscription_age_days")).isEqualTo(200);
    assertThat(value(history, "subscription_renewals")).isEqualTo(2);
    assertThat(value(history, "subscription_price")).isEqualTo(15);
    assertThat(value(history, "discount_share_365d")).isEqualTo(0.1f); // 20 / (180 + 20)
    assertThat(value(history, "discounted_orders_share_365d")).isEqualTo(0.5f);
    assertThat(value(history, "pos_share_365d")).isEqualTo(0.2f);
    assertThat(value(history, "web_share_365d")).isEqualTo(0.8f);
    assertThat(value(history, "distinct_categories_365d")).isEqualTo(2);
    assertThat(value(history, "tenure_days")).isEqualTo(200);
  }

  @Test
  void cancellingEndsTheSubscription() {
    var history =
        history(
            subscription(daysBefore(200), "Started", 12),
            subscription(daysBefore(20), "Cancelled", 12));

    assertThat(value(history, "subscription_active")).isEqualTo(0);
    assertThat(value(history, "subscription_age_days")).isNaN();
    assertThat(value(history, "subscription_cancellations")).isEqualTo(1);
    assertThat(value(history, "days_since_subscription_event")).isEqualTo(20);
  }

  @Test
  void undefinedFeaturesAreNaN() {
    var noOrders = history(page(daysBefore(3)));

    assertThat(value(noOrders, "days_since_last_order")).isNaN();
    assertThat(value(noOrders, "avg_order_value_365d")).isNaN();
    assertThat(value(noOrders, "return_rate_365d")).isNaN();
    assertThat(value(noOrders, "discount_share_365d")).isNaN();
    assertThat(value(noOrders, "csat_mean_365d")).isNaN();
    assertThat(value(noOrders, "subscription_price")).isNaN();
    assertThat(value(noOrders, "orders_total")).isZero();

    var empty = history();
    assertThat(value(empty, "days_since_last_event")).isNaN();
    assertThat(value(empty, "tenure_days")).isNaN();
    assertThat(value(empty, "web_share_365d")).isNaN();
  }

  @Test
  void returnsTheNamedFeaturesInTheGivenOrder() {
    var history = history(order(daysBefore(10), 40), order(daysBefore(5), 60));

    assertThat(
            Features.compute(
                history, AS_OF, List.of("revenue_total", "orders_total", "days_since_last_order")))
        .containsExactly(100f, 2f, 5f);
  }

  @Test
  void documentsEveryFeatureAndRejectsUnknownNames() {
    assertThat(Features.catalog())
        .allSatisfy(
            spec -> {
              assertThat(spec.name()).matches("[a-z0-9_]+");
              assertThat(spec.meaning()).isNotBlank();
              assertThat(spec.window()).isNotBlank();
            });
    assertThat(Features.unknown(List.of("orders_30d", "shoe_size"))).containsExactly("shoe_size");
    assertThatThrownBy(() -> Features.compute(history(), AS_OF, List.of("shoe_size")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("shoe_size");
  }

  @Test
  void sortsHistoriesByTime() {
    var history = history(page(daysBefore(1)), page(daysBefore(9)));

    assertThat(history.events().getFirst().timestamp()).isEqualTo(daysBefore(9));
  }
}
