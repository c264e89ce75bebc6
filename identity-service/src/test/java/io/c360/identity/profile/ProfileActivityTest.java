package io.c360.identity.profile;

import static io.c360.identity.profile.Events.identify;
import static io.c360.identity.profile.Events.orderCompleted;
import static io.c360.identity.profile.Events.orderCompletedWithProductsOnly;
import static io.c360.identity.profile.Events.orderRefunded;
import static io.c360.identity.profile.Events.page;
import static io.c360.identity.profile.Events.posOrder;
import static io.c360.identity.profile.Events.product;
import static io.c360.identity.profile.Events.productAdded;
import static io.c360.identity.profile.Events.productViewed;
import static io.c360.identity.profile.Events.screen;
import static io.c360.identity.profile.Events.subscriptionCancelled;
import static io.c360.identity.profile.Events.subscriptionRenewed;
import static io.c360.identity.profile.Events.subscriptionStarted;
import static io.c360.identity.profile.Events.ticketClosed;
import static io.c360.identity.profile.Events.track;
import static io.c360.identity.profile.Events.wishlistAdded;
import static io.c360.identity.profile.Events.wishlistRemoved;
import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.event.CustomerEvent;
import io.c360.common.json.EventJson;
import io.c360.common.profile.ComputedTraits;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ProfileActivityTest {

  /** Noon UTC, so a few hours either way stay on the same UTC day. */
  private static final Instant NOW = Instant.parse("2026-03-15T12:00:00Z");

  private static Instant daysAgo(int days) {
    return NOW.minus(Duration.ofDays(days));
  }

  private static Instant minutesAfter(Instant at, int minutes) {
    return at.plus(Duration.ofMinutes(minutes));
  }

  private static ProfileActivity fold(List<CustomerEvent> events) {
    ProfileActivity activity = ProfileActivity.empty();
    events.forEach(activity::apply);
    return activity;
  }

  private static ComputedTraits traitsOf(CustomerEvent... events) {
    return fold(List.of(events)).computedAsOf(NOW);
  }

  /** A bit of everything, spread over four months. */
  private static List<CustomerEvent> history() {
    List<CustomerEvent> events = new ArrayList<>();
    events.add(identify(daysAgo(120), "web", Map.of("email", "ann@example.com")));
    events.add(page(daysAgo(120)));
    events.add(orderCompleted(daysAgo(100), "80.00", product("S1", "shoes", "80.00", 1)));
    events.add(orderRefunded(daysAgo(95), "80.00"));
    events.add(orderRefunded(daysAgo(10), "15.50"));
    events.add(subscriptionStarted(daysAgo(60)));
    events.add(subscriptionCancelled(daysAgo(20)));
    events.add(wishlistAdded(daysAgo(50), "W1"));
    events.add(wishlistAdded(daysAgo(40), "W2"));
    events.add(wishlistRemoved(daysAgo(30), "W1"));
    events.add(ticketClosed(daysAgo(35), 4));
    events.add(ticketClosed(daysAgo(5), 5));
    events.add(posOrder(daysAgo(3), "42.10", Map.of("firstName", "Ann")));
    for (int day = 0; day < 35; day++) {
      Instant start = daysAgo(day).minus(Duration.ofHours(2));
      events.add(page(start));
      events.add(productViewed(minutesAfter(start, 5), "S" + day, day % 3 == 0 ? "bags" : "shoes"));
      events.add(screen(minutesAfter(start, 40)));
      if (day % 4 == 0) {
        events.add(productAdded(minutesAfter(start, 45), "S" + day, "bags"));
      }
    }
    events.add(orderCompleted(daysAgo(2), "120.00", product("B1", "bags", "60.00", 2)));
    return events;
  }

  @Test
  void computesOrderCountValueAndLastOrderFromCompletedOrders() {
    ComputedTraits traits =
        traitsOf(
            orderCompleted(daysAgo(10), "100.00", product("S1", "shoes", "100.00", 1)),
            orderCompleted(daysAgo(4), "50.00", product("S2", "shoes", "25.00", 2)),
            orderCompleted(daysAgo(7), "25.00"));

    assertThat(traits.orderCount()).isEqualTo(3);
    assertThat(traits.lifetimeValue()).isEqualByComparingTo("175.00");
    assertThat(traits.averageOrderValue()).isEqualByComparingTo("58.33");
    assertThat(traits.lastOrderAt()).isEqualTo(daysAgo(4));
    assertThat(traits.firstSeen()).isEqualTo(daysAgo(10));
    assertThat(traits.lastSeen()).isEqualTo(daysAgo(4));
  }

  @Test
  void hasNoAverageOrderValueWithoutOrders() {
    ComputedTraits traits = traitsOf(page(daysAgo(1)));

    assertThat(traits.orderCount()).isZero();
    assertThat(traits.lifetimeValue()).isEqualByComparingTo("0");
    assertThat(traits.averageOrderValue()).isNull();
    assertThat(traits.lastOrderAt()).isNull();
  }

  @Test
  void takesOrderRevenueFromRevenueThenTotalThenProductLines() {
    ComputedTraits traits =
        traitsOf(
            track(
                "Order Completed",
                daysAgo(3),
                Map.of("revenue", new BigDecimal("10"), "total", 99)),
            track("Order Completed", daysAgo(2), Map.of("total", "20.50")),
            orderCompletedWithProductsOnly(
                daysAgo(1), product("A", "bags", "3.25", 2), product("B", "bags", "1.00", 1)));

    assertThat(traits.lifetimeValue()).isEqualByComparingTo("38.00");
  }

  @Test
  void countsAnOrderCarryingOnlyProductsAtTheAmountEveryServiceGivesIt() {
    // the same order as scoring's, recommendation's and activation's test: 3.25 × 2 + 1.00
    CustomerEvent order =
        orderCompletedWithProductsOnly(
            daysAgo(1), product("A", "bags", "3.25", 2), product("B", "bags", "1.00", 1));

    ComputedTraits traits = traitsOf(order);

    assertThat(traits.lifetimeValue()).isEqualByComparingTo("7.50");
    assertThat(order.commerce().revenue()).isEqualByComparingTo(traits.lifetimeValue());
  }

  @Test
  void takesPointOfSaleOrdersAsPosSalesSinkPublishesThem() {
    ComputedTraits traits = traitsOf(posOrder(daysAgo(1), "42.10", Map.of("firstName", "Ann")));

    assertThat(traits.orderCount()).isEqualTo(1);
    assertThat(traits.lifetimeValue()).isEqualByComparingTo("42.10");
    assertThat(traits.channels()).containsExactly("pos");
  }

  @Test
  void netsRefundedAmountsFromLifetimeValueButNotFromAverageOrderValue() {
    ComputedTraits traits =
        traitsOf(
            orderCompleted(daysAgo(20), "100.00"),
            orderCompleted(daysAgo(10), "60.00"),
            orderRefunded(daysAgo(5), "30.00"),
            track("Order Refunded", daysAgo(4), Map.of("revenue", new BigDecimal("-10.00"))));

    assertThat(traits.lifetimeValue()).isEqualByComparingTo("120.00");
    assertThat(traits.averageOrderValue()).isEqualByComparingTo("80.00");
  }

  @Test
  void countsReturnsOfTheLast90Days() {
    ComputedTraits traits =
        traitsOf(
            orderRefunded(daysAgo(90), "1"),
            orderRefunded(daysAgo(89), "1"),
            orderRefunded(daysAgo(0), "1"));

    assertThat(traits.returns90d()).isEqualTo(2);
    assertThat(traits.lifetimeValue()).isEqualByComparingTo("-3");
  }

  @Test
  void countsProductViewsAndCartAddsOfTheLast30WholeUtcDays() {
    Instant startOfWindow = Instant.parse("2026-02-14T00:00:00Z"); // 29 days before 2026-03-15
    ComputedTraits traits =
        traitsOf(
            productViewed(startOfWindow.minusSeconds(1), "S1", "shoes"),
            productViewed(startOfWindow, "S1", "shoes"),
            productViewed(daysAgo(0), "S2", "shoes"),
            productAdded(startOfWindow.minusSeconds(1), "S1", "shoes"),
            productAdded(daysAgo(3), "S1", "shoes"),
            productAdded(Instant.parse("2026-03-15T23:59:59Z"), "S1", "shoes"));

    assertThat(traits.productViews30d()).isEqualTo(2);
    assertThat(traits.cartAdds30d()).isEqualTo(2);
  }

  @Test
  void windowedTraitsReadFortyDaysLaterWithoutNewEventsAreCorrect() {
    ProfileActivity activity = fold(history());
    Instant later = NOW.plus(Duration.ofDays(40));

    ComputedTraits now = activity.computedAsOf(NOW);
    ComputedTraits traits = activity.computedAsOf(later);

    assertThat(now.productViews30d()).isEqualTo(30);
    // two sessions a day for 30 days, and five noon-time tracks (refund, cancellation, ticket, two
    // orders)
    assertThat(now.sessions30d()).isEqualTo(65);
    assertThat(now.returns90d()).isEqualTo(1);
    assertThat(traits.asOf()).isEqualTo(later);
    assertThat(traits.productViews30d()).isZero();
    assertThat(traits.cartAdds30d()).isZero();
    assertThat(traits.sessions30d()).isZero();
    assertThat(traits.returns90d()).isEqualTo(1);
    assertThat(activity.computedAsOf(NOW.plus(Duration.ofDays(85))).returns90d()).isZero();
    assertThat(traits.orderCount()).isEqualTo(now.orderCount());
    assertThat(traits.lifetimeValue()).isEqualTo(now.lifetimeValue());
  }

  @Test
  void countsALateEventOlderThanEveryWindowOnlyTowardsLifetimeTraits() {
    ProfileActivity activity = fold(List.of(page(daysAgo(0))));
    String before = EventJson.mapper().writeValueAsString(activity);

    activity.apply(productViewed(daysAgo(200), "S1", "shoes"));
    activity.apply(orderRefunded(daysAgo(200), "5"));

    ComputedTraits traits = activity.computedAsOf(NOW);
    assertThat(traits.firstSeen()).isEqualTo(daysAgo(200));
    assertThat(traits.lifetimeValue()).isEqualByComparingTo("-5");
    assertThat(traits.preferredCategory()).isEqualTo("shoes");
    assertThat(traits.productViews30d()).isZero();
    assertThat(traits.returns90d()).isZero();
    assertThat(traits.sessions30d()).isEqualTo(1);
    assertThat(EventJson.mapper().writeValueAsString(activity)).doesNotContain("ByDay");
    assertThat(before).doesNotContain("ByDay");
  }

  @Test
  void splitsSessionsWhereActivityPausesFor30Minutes() {
    Instant start = daysAgo(1);
    ComputedTraits traits =
        traitsOf(
            page(start),
            screen(minutesAfter(start, 20)),
            track("Button Clicked", minutesAfter(start, 49).plusSeconds(59), Map.of()),
            // 30 minutes after the last mark: a new session
            page(minutesAfter(start, 79).plusSeconds(59)),
            page(minutesAfter(start, 100)),
            // identify calls are not activity, so they do not bridge the gap
            identify(minutesAfter(start, 125), "web", Map.of("email", "ann@example.com")),
            page(minutesAfter(start, 150)));

    assertThat(traits.sessions30d()).isEqualTo(3);
  }

  @Test
  void joinsSessionsWhenALateEventFillsTheGap() {
    Instant start = daysAgo(1);
    ProfileActivity activity = fold(List.of(page(start), page(minutesAfter(start, 50))));
    assertThat(activity.computedAsOf(NOW).sessions30d()).isEqualTo(2);

    activity.apply(page(minutesAfter(start, 25)));

    assertThat(activity.computedAsOf(NOW).sessions30d()).isEqualTo(1);
  }

  @Test
  void countsSessionsThatStartedInTheLast30Days() {
    Instant beforeWindow = Instant.parse("2026-02-13T23:50:00Z");
    ComputedTraits traits =
        traitsOf(
            // starts the day before the window and runs into it: not counted
            page(beforeWindow),
            page(minutesAfter(beforeWindow, 20)),
            page(daysAgo(10)),
            page(daysAgo(0)));

    assertThat(traits.sessions30d()).isEqualTo(2);
  }

  @Test
  void listsWishlistSkusAddedAndNotRemovedSince() {
    ComputedTraits traits =
        traitsOf(
            wishlistRemoved(daysAgo(2), "A"), // applied before the add it follows
            wishlistAdded(daysAgo(5), "A"),
            wishlistAdded(daysAgo(4), "B"),
            wishlistRemoved(daysAgo(6), "C"), // an older remove does not undo a later add
            wishlistAdded(daysAgo(3), "C"),
            wishlistAdded(daysAgo(1), "D"));

    assertThat(traits.wishlistItems()).containsExactly("D", "C", "B");
  }

  @Test
  void capsTheWishlistAtItsMostRecentlyTouchedSkus() {
    ProfileActivity activity = ProfileActivity.empty();
    int skus = ProfileActivity.MAX_WISHLIST_SKUS + 20;
    for (int i = 0; i < skus; i++) {
      activity.apply(wishlistAdded(NOW.minusSeconds(skus - i), "SKU-" + i));
    }

    List<String> items = activity.computedAsOf(NOW).wishlistItems();

    assertThat(items).hasSize(ProfileActivity.MAX_WISHLIST_SKUS);
    assertThat(items.getFirst()).isEqualTo("SKU-" + (skus - 1));
    assertThat(items).doesNotContain("SKU-0", "SKU-19");
  }

  @Test
  void prefersTheCategoryWithTheMostWeightedInteractions() {
    ComputedTraits viewsOnly =
        traitsOf(
            productViewed(daysAgo(1), "S1", "shoes"),
            productViewed(daysAgo(1), "S1", "shoes"),
            productViewed(daysAgo(1), "S1", "shoes"),
            productViewed(daysAgo(1), "S1", "shoes"),
            productAdded(daysAgo(1), "B1", "bags"));
    ComputedTraits withPurchase =
        traitsOf(
            productViewed(daysAgo(1), "S1", "shoes"),
            productViewed(daysAgo(1), "S1", "shoes"),
            productViewed(daysAgo(1), "S1", "shoes"),
            productViewed(daysAgo(1), "S1", "shoes"),
            productAdded(daysAgo(1), "B1", "bags"),
            orderCompleted(daysAgo(1), "10", product("B1", "bags", "10", 1)));

    assertThat(viewsOnly.preferredCategory()).isEqualTo("shoes");
    assertThat(withPurchase.preferredCategory()).isEqualTo("bags");
  }

  @Test
  void breaksCategoryTiesAlphabetically() {
    ComputedTraits traits =
        traitsOf(
            productAdded(daysAgo(1), "S1", "shoes"),
            productViewed(daysAgo(1), "H1", "hats"),
            productViewed(daysAgo(1), "H1", "hats"),
            productViewed(daysAgo(1), "H1", "hats"));

    assertThat(traits.preferredCategory()).isEqualTo("hats");
    assertThat(traitsOf(page(daysAgo(1))).preferredCategory()).isNull();
  }

  @Test
  void listsTheDistinctSourcesSorted() {
    ComputedTraits traits =
        traitsOf(
            page(daysAgo(3)),
            screen(daysAgo(2)),
            posOrder(daysAgo(1), "5", Map.of()),
            ticketClosed(daysAgo(1), null),
            page(daysAgo(1)));

    assertThat(traits.channels()).containsExactly("ios", "pos", "support", "web");
  }

  @Test
  void averagesCsatOfRatedTicketsAndCountsAllClosedTickets() {
    ComputedTraits traits =
        traitsOf(
            ticketClosed(daysAgo(3), 5),
            ticketClosed(daysAgo(2), 2),
            ticketClosed(daysAgo(1), null),
            ticketClosed(daysAgo(1), 9)); // out of the 1-5 scale: not a rating

    assertThat(traits.supportTickets()).isEqualTo(4);
    assertThat(traits.csatAverage()).isEqualTo(3.5);
    assertThat(traitsOf(ticketClosed(daysAgo(1), null)).csatAverage()).isNull();
  }

  @Test
  void takesSubscriptionStatusFromTheLatestSubscriptionEvent() {
    assertThat(traitsOf(page(daysAgo(1))).subscriptionStatus()).isEqualTo("none");
    assertThat(traitsOf(page(daysAgo(1))).subscriptionStartedAt()).isNull();

    ComputedTraits active = traitsOf(subscriptionStarted(daysAgo(30)));
    assertThat(active.subscriptionStatus()).isEqualTo("active");
    assertThat(active.subscriptionStartedAt()).isEqualTo(daysAgo(30));

    ComputedTraits cancelled =
        traitsOf(
            subscriptionCancelled(daysAgo(5)),
            subscriptionStarted(daysAgo(30)),
            subscriptionRenewed(daysAgo(15)));
    assertThat(cancelled.subscriptionStatus()).isEqualTo("cancelled");
    assertThat(cancelled.subscriptionStartedAt()).isEqualTo(daysAgo(30));

    ComputedTraits restarted =
        traitsOf(
            subscriptionStarted(daysAgo(2)),
            subscriptionCancelled(daysAgo(5)),
            subscriptionStarted(daysAgo(30)));
    assertThat(restarted.subscriptionStatus()).isEqualTo("active");
    assertThat(restarted.subscriptionStartedAt()).isEqualTo(daysAgo(2));
  }

  @Test
  void letsACancellationWinOverARenewalAtTheSameInstantWhateverTheOrder() {
    assertThat(
            traitsOf(subscriptionRenewed(daysAgo(1)), subscriptionCancelled(daysAgo(1)))
                .subscriptionStatus())
        .isEqualTo("cancelled");
    assertThat(
            traitsOf(subscriptionCancelled(daysAgo(1)), subscriptionRenewed(daysAgo(1)))
                .subscriptionStatus())
        .isEqualTo("cancelled");
  }

  @Test
  void givesTheSameStateWhateverTheOrderOfEvents() {
    List<CustomerEvent> events = history();
    ProfileActivity inOrder = fold(events);
    Random random = new Random(42);

    for (int round = 0; round < 20; round++) {
      List<CustomerEvent> shuffled = new ArrayList<>(events);
      Collections.shuffle(shuffled, random);
      ProfileActivity activity = fold(shuffled);

      assertThat(activity).isEqualTo(inOrder);
      assertThat(activity.computedAsOf(NOW)).isEqualTo(inOrder.computedAsOf(NOW));
    }
    Collections.reverse(events);
    assertThat(fold(events)).isEqualTo(inOrder);
  }

  @Test
  void mergingTwoStatesEqualsFoldingAllTheirEvents() {
    List<CustomerEvent> events = history();
    ProfileActivity all = fold(events);
    Random random = new Random(7);

    for (int round = 0; round < 20; round++) {
      List<CustomerEvent> shuffled = new ArrayList<>(events);
      Collections.shuffle(shuffled, random);
      int split = random.nextInt(shuffled.size());
      ProfileActivity survivor = fold(shuffled.subList(0, split));
      ProfileActivity merged = fold(shuffled.subList(split, shuffled.size()));

      survivor.mergeFrom(merged);

      assertThat(survivor).isEqualTo(all);
      assertThat(survivor.computedAsOf(NOW)).isEqualTo(all.computedAsOf(NOW));
    }
  }

  @Test
  void copiesIndependently() {
    ProfileActivity original = fold(history());
    ProfileActivity copy = original.copy();

    copy.apply(orderCompleted(NOW, "1000"));
    copy.apply(page(NOW.plus(Duration.ofHours(3))));

    assertThat(copy).isNotEqualTo(original);
    assertThat(original).isEqualTo(fold(history()));
    assertThat(original.copy()).isEqualTo(original);
  }

  @Test
  void roundTripsThroughJsonExactly() {
    ProfileActivity activity = fold(history());

    String json = EventJson.mapper().writeValueAsString(activity);
    ProfileActivity read = EventJson.mapper().readValue(json, ProfileActivity.class);

    assertThat(read).isEqualTo(activity);
    assertThat(read.computedAsOf(NOW)).isEqualTo(activity.computedAsOf(NOW));
    assertThat(EventJson.mapper().writeValueAsString(read)).isEqualTo(json);
    assertThat(EventJson.mapper().writeValueAsString(ProfileActivity.empty())).hasSizeLessThan(120);
    assertThat(EventJson.mapper().readValue("{}", ProfileActivity.class))
        .isEqualTo(ProfileActivity.empty());
  }

  @Test
  void staysSmallAfterAYearOfDailyActivity() {
    ProfileActivity activity = ProfileActivity.empty();
    Instant start = NOW.minus(Duration.ofDays(365));
    for (int day = 0; day < 365; day++) {
      Instant morning = start.plus(Duration.ofDays(day));
      for (int session = 0; session < 3; session++) {
        Instant at = morning.plus(Duration.ofHours(2L * session));
        activity.apply(page(at));
        activity.apply(productViewed(minutesAfter(at, 1), "S" + day, "category-" + (day % 40)));
        activity.apply(productAdded(minutesAfter(at, 2), "S" + day, "category-" + (day % 40)));
      }
      activity.apply(wishlistAdded(morning, "W" + (day % 50)));
      activity.apply(
          orderCompleted(morning, "10.00", product("S" + day, "category-1", "10.00", 1)));
      activity.apply(orderRefunded(morning, "1.00"));
      activity.apply(ticketClosed(morning, 4));
    }

    int size =
        EventJson.mapper().writeValueAsString(activity).getBytes(StandardCharsets.UTF_8).length;
    ComputedTraits traits = activity.computedAsOf(NOW);

    assertThat(size).isLessThan(20_000);
    assertThat(traits.orderCount()).isEqualTo(365);
    assertThat(traits.lifetimeValue()).isEqualByComparingTo("3285.00");
    assertThat(traits.sessions30d()).isEqualTo(29 * 3); // the last event was yesterday morning
    assertThat(traits.productViews30d()).isEqualTo(29 * 3);
    assertThat(traits.returns90d()).isEqualTo(89);
  }
}
