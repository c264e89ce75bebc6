package io.c360.identity.profile;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.c360.common.event.Commerce;
import io.c360.common.event.CustomerEvent;
import io.c360.common.event.EventType;
import io.c360.common.profile.ComputedTraits;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The state of one profile from which every {@link ComputedTraits} field is computed: a fold of the
 * profile's events that gives the same state whatever order the events arrive in (min/max, sums,
 * per-key latest timestamps), so events from several partitions, late events and merged profiles
 * all fold into one answer.
 *
 * <p>Windowed traits are kept as counts per UTC day (and sessions as runs of activity), so {@link
 * #computedAsOf} is correct for any {@code asOf} at or after the latest event without new events.
 *
 * <p>The state is stored as one JSON document per profile, so it is kept small:
 *
 * <ul>
 *   <li>day counts of views and cart adds are kept for the 30 days, of refunds for the 90 days,
 *       ending on the day of the latest event; sessions for the 31 days (one more, so a session
 *       that began just before the window is not mistaken for one that began in it); older events
 *       still count towards lifetime traits but not towards any window;
 *   <li>the wishlist keeps the {@value #MAX_WISHLIST_SKUS} most recently touched skus (added or
 *       removed), so a late event for an sku evicted long ago is judged only against newer ones;
 *   <li>category weights keep the {@value #MAX_CATEGORIES} heaviest categories;
 *   <li>channels keep the first {@value #MAX_CHANNELS} sources in alphabetical order.
 * </ul>
 *
 * <p>Below those caps the state is exactly order-independent. Amounts are summed as given, whatever
 * their currency. Redelivered events count twice; callers apply each messageId once.
 *
 * <p>Not thread-safe: one instance belongs to one profile update at a time.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public final class ProfileActivity {

  static final int MAX_WISHLIST_SKUS = 500;
  static final int MAX_CATEGORIES = 100;
  static final int MAX_CHANNELS = 32;
  static final int VIEW_AND_CART_DAYS = 30;
  static final int RETURN_DAYS = 90;
  static final int SESSION_DAYS = VIEW_AND_CART_DAYS + 1;

  static final long VIEW_WEIGHT = 1;
  static final long CART_ADD_WEIGHT = 3;
  static final long PURCHASE_WEIGHT = 5;

  static final String ACTIVE = "active";
  static final String CANCELLED = "cancelled";
  static final String NONE = "none";

  private static final long SECONDS_PER_DAY = 86_400;
  private static final BigDecimal FIVE = BigDecimal.valueOf(5);

  @JsonProperty("firstSeen")
  private @Nullable Instant firstSeen;

  @JsonProperty("lastSeen")
  private @Nullable Instant lastSeen;

  @JsonProperty("orders")
  private long orderCount;

  @JsonProperty("revenue")
  private BigDecimal orderRevenue = BigDecimal.ZERO;

  @JsonProperty("refunded")
  private BigDecimal refunded = BigDecimal.ZERO;

  @JsonProperty("lastOrderAt")
  private @Nullable Instant lastOrderAt;

  /** Epoch day to {@code Order Refunded} events that day. */
  @JsonProperty("returnsByDay")
  private TreeMap<Long, Long> returnsByDay = new TreeMap<>();

  /** Epoch day to {@code Product Viewed} events that day. */
  @JsonProperty("viewsByDay")
  private TreeMap<Long, Long> viewsByDay = new TreeMap<>();

  /** Epoch day to {@code Product Added} events that day. */
  @JsonProperty("cartAddsByDay")
  private TreeMap<Long, Long> cartAddsByDay = new TreeMap<>();

  @JsonProperty("sessions")
  private SessionRuns sessions = SessionRuns.empty();

  /** Sku to its latest wishlist add and remove. */
  @JsonProperty("wishlist")
  private TreeMap<String, WishlistMarks> wishlist = new TreeMap<>();

  @JsonProperty("channels")
  private TreeSet<String> channels = new TreeSet<>();

  /** Category to weighted interactions (view 1, cart add 3, purchase 5). */
  @JsonProperty("categories")
  private TreeMap<String, Long> categories = new TreeMap<>();

  @JsonProperty("tickets")
  private long supportTickets;

  @JsonProperty("csatSum")
  private BigDecimal csatSum = BigDecimal.ZERO;

  @JsonProperty("csatCount")
  private long csatCount;

  /** {@value #ACTIVE} or {@value #CANCELLED}, from the latest subscription event. */
  @JsonProperty("subscription")
  private @Nullable String subscriptionStatus;

  @JsonProperty("subscriptionAt")
  private @Nullable Instant subscriptionStatusAt;

  /** The latest {@code Subscription Started}. */
  @JsonProperty("subscriptionStartedAt")
  private @Nullable Instant subscriptionStartedAt;

  /**
   * The latest wishlist add and remove of one sku; it is on the wishlist while the add is later (a
   * remove at the same instant wins).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record WishlistMarks(
      @JsonProperty("added") @Nullable Instant added,
      @JsonProperty("removed") @Nullable Instant removed) {

    boolean listed() {
      return added != null && (removed == null || added.isAfter(removed));
    }

    Instant lastTouched() {
      return Objects.requireNonNull(latest(added, removed));
    }

    WishlistMarks merge(WishlistMarks other) {
      return new WishlistMarks(latest(added, other.added), latest(removed, other.removed));
    }
  }

  private ProfileActivity() {}

  /** The state of a profile without events. */
  public static ProfileActivity empty() {
    return new ProfileActivity();
  }

  /** A deep copy, independent of this state. */
  public ProfileActivity copy() {
    ProfileActivity c = new ProfileActivity();
    c.mergeFrom(this);
    return c;
  }

  /** Folds one event into the state. */
  public void apply(CustomerEvent event) {
    Instant at = event.timestamp();
    firstSeen = earliest(firstSeen, at);
    lastSeen = latest(lastSeen, at);
    addChannel(event.source());
    if (event.type() == EventType.PAGE
        || event.type() == EventType.SCREEN
        || event.type() == EventType.TRACK) {
      if (at.getEpochSecond() >= sessionHorizon()) {
        sessions.add(at);
      }
    }
    if (event.type() == EventType.TRACK && event.event() != null) {
      applyTrack(event.event(), event.properties(), event.commerce(), at);
    }
    prune();
  }

  /**
   * Folds one track event; products, amounts and categories come from the event's typed {@link
   * Commerce} part (the one rule for an order's amount), support and subscription values from its
   * properties.
   */
  private void applyTrack(
      String name,
      @Nullable Map<String, Object> properties,
      @Nullable Commerce commerce,
      Instant at) {
    switch (name) {
      case "Product Viewed" -> {
        count(viewsByDay, at, VIEW_AND_CART_DAYS);
        addCategory(commerce == null ? null : commerce.firstCategory(), VIEW_WEIGHT);
      }
      case "Product Added" -> {
        count(cartAddsByDay, at, VIEW_AND_CART_DAYS);
        addCategory(commerce == null ? null : commerce.firstCategory(), CART_ADD_WEIGHT);
      }
      case "Product Added to Wishlist" -> markWishlist(commerce, new WishlistMarks(at, null));
      case "Product Removed from Wishlist" -> markWishlist(commerce, new WishlistMarks(null, at));
      case "Order Completed" -> {
        orderCount++;
        if (commerce != null) {
          orderRevenue = orderRevenue.add(commerce.amountOrZero());
          for (Commerce.Line line : commerce.lines()) {
            addCategory(line.category(), PURCHASE_WEIGHT);
          }
        }
        lastOrderAt = latest(lastOrderAt, at);
      }
      case "Order Refunded" -> {
        count(returnsByDay, at, RETURN_DAYS);
        if (commerce != null) {
          refunded = refunded.add(commerce.amountOrZero());
        }
      }
      case "Subscription Started" -> {
        subscriptionStartedAt = latest(subscriptionStartedAt, at);
        markSubscription(ACTIVE, at);
      }
      case "Subscription Renewed" -> markSubscription(ACTIVE, at);
      case "Subscription Cancelled" -> markSubscription(CANCELLED, at);
      case "Support Ticket Closed" -> {
        supportTickets++;
        BigDecimal csat = EventValues.decimal(EventValues.get(properties, "csat"));
        if (csat != null && csat.compareTo(BigDecimal.ONE) >= 0 && csat.compareTo(FIVE) <= 0) {
          csatSum = csatSum.add(csat);
          csatCount++;
        }
      }
      default -> {}
    }
  }

  /**
   * Folds another profile's state into this one, as when two profiles merge: the result is the
   * state of both profiles' events folded together.
   */
  public void mergeFrom(ProfileActivity other) {
    if (other == this) {
      throw new IllegalArgumentException("a profile cannot merge with itself");
    }
    firstSeen = earliest(firstSeen, other.firstSeen);
    lastSeen = latest(lastSeen, other.lastSeen);
    orderCount += other.orderCount;
    orderRevenue = orderRevenue.add(other.orderRevenue);
    refunded = refunded.add(other.refunded);
    lastOrderAt = latest(lastOrderAt, other.lastOrderAt);
    other.returnsByDay.forEach((day, n) -> returnsByDay.merge(day, n, Long::sum));
    other.viewsByDay.forEach((day, n) -> viewsByDay.merge(day, n, Long::sum));
    other.cartAddsByDay.forEach((day, n) -> cartAddsByDay.merge(day, n, Long::sum));
    sessions.addAll(other.sessions);
    other.wishlist.forEach(this::markWishlist);
    other.channels.forEach(this::addChannel);
    other.categories.forEach(this::addCategory);
    supportTickets += other.supportTickets;
    csatSum = csatSum.add(other.csatSum);
    csatCount += other.csatCount;
    subscriptionStartedAt = latest(subscriptionStartedAt, other.subscriptionStartedAt);
    if (other.subscriptionStatus != null && other.subscriptionStatusAt != null) {
      markSubscription(other.subscriptionStatus, other.subscriptionStatusAt);
    }
    prune();
  }

  /** The computed traits as of {@code asOf}; windows end on the UTC day of {@code asOf}. */
  public ComputedTraits computedAsOf(Instant asOf) {
    long today = epochDay(asOf);
    BigDecimal aov =
        orderCount == 0
            ? null
            : orderRevenue.divide(
                BigDecimal.valueOf(orderCount),
                Math.max(2, orderRevenue.scale()),
                RoundingMode.HALF_EVEN);
    long sessionsFrom = (today - VIEW_AND_CART_DAYS + 1) * SECONDS_PER_DAY;
    return new ComputedTraits(
        asOf,
        firstSeen,
        lastSeen,
        orderCount,
        orderRevenue.subtract(refunded),
        aov,
        lastOrderAt,
        sumDays(returnsByDay, today, RETURN_DAYS),
        sessions.startedBetween(sessionsFrom, (today + 1) * SECONDS_PER_DAY),
        sumDays(viewsByDay, today, VIEW_AND_CART_DAYS),
        sumDays(cartAddsByDay, today, VIEW_AND_CART_DAYS),
        wishlistItems(),
        List.copyOf(channels),
        preferredCategory(),
        csatCount == 0 ? null : csatSum.doubleValue() / csatCount,
        supportTickets,
        subscriptionStatus == null ? NONE : subscriptionStatus,
        subscriptionStatus == null ? null : subscriptionStartedAt);
  }

  private List<String> wishlistItems() {
    List<Map.Entry<String, WishlistMarks>> listed = new ArrayList<>();
    for (Map.Entry<String, WishlistMarks> entry : wishlist.entrySet()) {
      if (entry.getValue().listed()) {
        listed.add(entry);
      }
    }
    // most recently added first; the map is sorted by sku, and the sort is stable
    listed.sort(
        Comparator.comparing(
            (Map.Entry<String, WishlistMarks> e) -> Objects.requireNonNull(e.getValue().added()),
            Comparator.reverseOrder()));
    return listed.stream().map(Map.Entry::getKey).toList();
  }

  private @Nullable String preferredCategory() {
    String best = null;
    long bestWeight = 0;
    for (Map.Entry<String, Long> entry : categories.entrySet()) {
      if (entry.getValue() > bestWeight) { // alphabetical order, so ties go to the first name
        best = entry.getKey();
        bestWeight = entry.getValue();
      }
    }
    return best;
  }

  private static long sumDays(TreeMap<Long, Long> byDay, long today, int days) {
    long sum = 0;
    for (long n : byDay.subMap(today - days + 1, true, today, true).values()) {
      sum += n;
    }
    return sum;
  }

  private void count(TreeMap<Long, Long> byDay, Instant at, int days) {
    long day = epochDay(at);
    if (day > latestDay() - days) {
      byDay.merge(day, 1L, Long::sum);
    }
  }

  private void addChannel(String source) {
    if (!source.isBlank()) {
      channels.add(source);
      while (channels.size() > MAX_CHANNELS) {
        channels.pollLast();
      }
    }
  }

  private void addCategory(@Nullable String category, long weight) {
    if (category == null) {
      return;
    }
    categories.merge(category, weight, Long::sum);
    if (categories.size() > MAX_CATEGORIES) {
      // the lightest goes; of equal weights, the alphabetically last
      String lightest = null;
      long lightestWeight = Long.MAX_VALUE;
      for (Map.Entry<String, Long> entry : categories.entrySet()) {
        if (entry.getValue() <= lightestWeight) {
          lightest = entry.getKey();
          lightestWeight = entry.getValue();
        }
      }
      categories.remove(lightest);
    }
  }

  private void markWishlist(@Nullable Commerce commerce, WishlistMarks marks) {
    String sku = commerce == null ? null : commerce.firstSku();
    if (sku != null) {
      markWishlist(sku, marks);
    }
  }

  private void markWishlist(String sku, WishlistMarks marks) {
    wishlist.merge(sku, marks, WishlistMarks::merge);
    if (wishlist.size() > MAX_WISHLIST_SKUS) {
      // the least recently touched goes; of equal times, the alphabetically last
      String stalest = null;
      Instant stalestAt = Instant.MAX;
      for (Map.Entry<String, WishlistMarks> entry : wishlist.entrySet()) {
        Instant touched = entry.getValue().lastTouched();
        if (!touched.isAfter(stalestAt)) {
          stalest = entry.getKey();
          stalestAt = touched;
        }
      }
      wishlist.remove(stalest);
    }
  }

  /** The latest subscription event wins; at the same instant, a cancellation wins. */
  private void markSubscription(String status, Instant at) {
    if (subscriptionStatusAt == null
        || at.isAfter(subscriptionStatusAt)
        || (at.equals(subscriptionStatusAt) && status.equals(CANCELLED))) {
      subscriptionStatus = status;
      subscriptionStatusAt = at;
    }
  }

  /** Drops what no window can need any more, relative to the latest event. */
  private void prune() {
    if (lastSeen == null) {
      return;
    }
    long latestDay = latestDay();
    returnsByDay.headMap(latestDay - RETURN_DAYS, true).clear();
    viewsByDay.headMap(latestDay - VIEW_AND_CART_DAYS, true).clear();
    cartAddsByDay.headMap(latestDay - VIEW_AND_CART_DAYS, true).clear();
    sessions.dropEndedBefore(sessionHorizon());
  }

  /** The first second a session run may need to be kept from: the start of the 31-day window. */
  private long sessionHorizon() {
    return (latestDay() - SESSION_DAYS + 1) * SECONDS_PER_DAY;
  }

  /** The day of the latest event; only called once an event has been seen. */
  private long latestDay() {
    return epochDay(Objects.requireNonNull(lastSeen));
  }

  private static long epochDay(Instant at) {
    return Math.floorDiv(at.getEpochSecond(), SECONDS_PER_DAY);
  }

  private static @Nullable Instant earliest(@Nullable Instant a, @Nullable Instant b) {
    return a == null ? b : b == null || a.isBefore(b) ? a : b;
  }

  private static @Nullable Instant latest(@Nullable Instant a, @Nullable Instant b) {
    return a == null ? b : b == null || a.isAfter(b) ? a : b;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ProfileActivity p
        && orderCount == p.orderCount
        && supportTickets == p.supportTickets
        && csatCount == p.csatCount
        && Objects.equals(firstSeen, p.firstSeen)
        && Objects.equals(lastSeen, p.lastSeen)
        && orderRevenue.compareTo(p.orderRevenue) == 0
        && refunded.compareTo(p.refunded) == 0
        && Objects.equals(lastOrderAt, p.lastOrderAt)
        && returnsByDay.equals(p.returnsByDay)
        && viewsByDay.equals(p.viewsByDay)
        && cartAddsByDay.equals(p.cartAddsByDay)
        && sessions.equals(p.sessions)
        && wishlist.equals(p.wishlist)
        && channels.equals(p.channels)
        && categories.equals(p.categories)
        && csatSum.compareTo(p.csatSum) == 0
        && Objects.equals(subscriptionStatus, p.subscriptionStatus)
        && Objects.equals(subscriptionStatusAt, p.subscriptionStatusAt)
        && Objects.equals(subscriptionStartedAt, p.subscriptionStartedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(firstSeen, lastSeen, orderCount, lastOrderAt, sessions, wishlist);
  }

  @Override
  public String toString() {
    return "ProfileActivity[firstSeen=%s, lastSeen=%s, orders=%d, sessions=%d, wishlist=%d]"
        .formatted(firstSeen, lastSeen, orderCount, sessions.size(), wishlist.size());
  }
}
