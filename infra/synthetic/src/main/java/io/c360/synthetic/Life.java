package io.c360.synthetic;

import io.c360.synthetic.Timeline.Kind;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One customer's life, simulated a day at a time. Each day the hazards are computed from the state
 * at the start of the day, every draw is an independent Bernoulli trial given that state, and the
 * state is updated at the end of the day. This is what makes {@link SimulatedGroundTruth} exact:
 * conditioned on no label event so far, the rest of the day's draws do not depend on the label
 * draw.
 *
 * <p>The formulas are documented on {@link RetailWorld}; keep the two in step.
 */
final class Life {

  /**
   * Which label a Monte Carlo path is measuring: that event is never drawn, its hazard returned.
   */
  enum Label {
    NONE,
    ORDER,
    CANCEL
  }

  record Plan(String name, BigDecimal price) {}

  static final Plan[] PLANS = {
    new Plan("Coffee Club", new BigDecimal("14.99")),
    new Plan("Pet Box", new BigDecimal("24.99")),
    new Plan("Plus Membership", new BigDecimal("9.99"))
  };

  static final int RENEWAL_DAYS = 30;
  static final double START_HAZARD = 0.012;
  static final double RESTART_HAZARD = 0.002;

  static final int TOPIC_DELIVERY = 0;
  static final int TOPIC_RETURNS = 1;
  static final int TOPIC_BILLING = 2;
  static final int TOPIC_ACCOUNT = 3;
  static final int TOPIC_PRODUCT = 4;
  static final String[] TOPICS = {"delivery", "returns", "billing", "account", "product"};

  static final int PAGE_HOME = 0;
  static final int PAGE_PRODUCT = 1;
  static final int PAGE_CART = 2;
  static final int PAGE_CHECKOUT = 3;

  private static final int DAY = 86_400;
  private static final int TABLE = 4_096;
  private static final double[] DECAY_4 = decay(4);
  private static final double[] DECAY_7 = decay(7);
  private static final double[] DECAY_21 = decay(21);
  private static final double[] DECAY_45 = decay(45);
  private static final double[] DECAY_60 = decay(60);
  private static final double[] DECAY_90 = decay(90);

  private final Traits t;
  private final Market market;
  private final long seed;
  final State s;

  /**
   * @param seed the customer's seed; events' details (which products, what time) come from a
   *     per-day stream derived from it, so replays without events skip them
   */
  Life(Traits traits, Market market, long seed) {
    this(traits, market, seed, new State(traits));
  }

  private Life(Traits traits, Market market, long seed, State state) {
    this.t = traits;
    this.market = market;
    this.seed = seed;
    this.s = state;
  }

  /** An independent copy of this life at its current state. */
  Life branch() {
    return new Life(t, market, seed, s.copy());
  }

  // ---- hazards: functions of the state at the start of day d -------------------------------

  /** Daily probability of an order. */
  double orderHazard(int d) {
    double eta = -5.4 + 0.8 * t.lnActivity() + 0.5 * s.engagement + 0.3 * t.loyalty();
    eta += s.orders > 0 ? 1.5 * decay(DECAY_21, d - s.lastOrderDay) : -0.5;
    eta += 1.0 * decay(DECAY_4, d - s.lastVisitDay);
    eta += 0.3 * Math.min(s.recentWishes.countSince(d - 30), 3);
    eta += 0.1 * Math.min(s.recentOrders.countSince(d - 90), 5);
    eta += 0.3 * s.discountShare();
    eta -= 0.3 * Math.min(s.recentRefunds.countSince(d - 90), 2);
    eta -= d - s.lastLowCsatDay <= 60 ? 0.5 : 0;
    eta += market.promotion(d) ? 1.2 * t.priceSensitivity() : 0;
    return Math.min(0.6, sigmoid(eta));
  }

  /** Daily probability that an active subscriber cancels. */
  double churnHazard(int d) {
    return sigmoid(-10.2 - 0.3 * t.loyalty() - 0.3 * s.engagement + observableChurnLogit(d));
  }

  /**
   * The part of the churn log-odds that the customer's history shows: everything but the intercept
   * and the hidden loyalty and engagement. Lapsed engagement and service failures dominate; a
   * refund or a low CSAT raises it whatever the order frequency.
   */
  double observableChurnLogit(int d) {
    double eta = 2.0 * Math.min(s.recentRefunds.countSince(d - 90), 2);
    eta += d - s.lastLowCsatDay <= 60 ? 2.5 : 0;
    eta += 3.5 * (1 - decay(DECAY_90, d - s.lastOrderDay));
    eta += 2.5 * (1 - decay(DECAY_60, d - s.lastVisitDay));
    eta += 2.0 * s.discountShare();
    eta += 2.0 * decay(DECAY_45, d - s.subscribedSince);
    return eta;
  }

  /** Daily probability of a browsing session. */
  double visitHazard(int d) {
    double eta = -3.6 + 0.9 * t.lnActivity() + 0.7 * s.engagement;
    eta += 0.6 * decay(DECAY_7, d - s.lastOrderDay);
    eta += s.subscribed ? 0.4 : 0;
    return sigmoid(eta);
  }

  /** Daily probability of a support ticket being closed. */
  double ticketHazard(int d) {
    double h = 0.0015;
    h += d - s.lastRefundDay <= 10 || s.pendingRefunds > 0 ? 0.05 : 0;
    h += d - s.lastOrderDay <= 7 ? 0.006 : 0;
    h += s.subscribed ? 0.002 : 0;
    return h;
  }

  // ---- one day -----------------------------------------------------------------------------

  /**
   * Simulates day {@code d}, recording events into {@code out} when given.
   *
   * @param label the event this path measures: it is not drawn, and its hazard is returned
   * @return the hazard of {@code label} on this day (0 for {@link Label#NONE})
   */
  double day(int d, Rng rng, @Nullable Timeline out, Label label) {
    if (!s.joined) {
      if (d < t.joinDay()) {
        return 0;
      }
      s.joined = true;
    }
    boolean acquisition = d == t.joinDay();
    double orderHazard = orderHazard(d);
    double churnHazard = s.subscribed ? churnHazard(d) : 0;
    double visitHazard = visitHazard(d);
    double ticketHazard = ticketHazard(d);
    double startHazard =
        s.subscribed || !t.subscriber() ? 0 : s.subscriptions == 0 ? START_HAZARD : RESTART_HAZARD;

    boolean session = acquisition || rng.chance(visitHazard);
    boolean wish = session && rng.chance(t.wishRate());
    boolean order = label != Label.ORDER && rng.chance(orderHazard);
    boolean online = order && !rng.chance(t.storeShare());
    boolean discounted = order && rng.chance(t.discountRate());
    boolean returned = order && rng.chance(t.returnRate());
    int refundDelay = returned ? rng.between(3, 21) : 0;
    boolean cancel = s.subscribed && label != Label.CANCEL && rng.chance(churnHazard);
    boolean renew = s.subscribed && d == s.nextRenewalDay;
    boolean start = startHazard > 0 && rng.chance(startHazard);
    boolean ticket = rng.chance(ticketHazard);
    int topic = 0;
    int csat = 0;
    if (ticket) {
      topic = topic(d, rng);
      double score =
          3.9
              + 0.5 * t.loyalty()
              + t.csatBias()
              - (topic == TOPIC_RETURNS ? 0.8 : 0)
              + rng.gaussian();
      csat = (int) Math.max(1, Math.min(5, Math.round(score)));
    }
    double next = 0.97 * s.engagement + 0.243 * rng.gaussian();

    if (out != null) {
      new DayWriter(out, new Rng(Rng.seed(seed, d, 0xDE7A11L)), d)
          .write(session, wish, acquisition, order, online, discounted, start, renew, cancel);
      if (ticket) {
        out.add(
            (long) d * DAY + 9 * 3600 + new Rng(Rng.seed(seed, d, 0x71C4E7L)).nextInt(9 * 3600),
            Kind.TICKET,
            0,
            csat | topic << 3 | s.tickets << 6);
      }
    }

    // ---- end of day: update the state --------------------------------------------------------
    for (int i = 0; i < s.pendingRefunds; i++) {
      if (s.refundDue[i] == d) {
        if (out != null) {
          long second = (long) d * DAY + 10 * 3600 + (Rng.mix(seed ^ d) >>> 40) % (8 * 3600);
          out.add(second, Kind.REFUND, 0, s.refundOrder[i]);
        }
        s.recentRefunds.add(d);
        s.lastRefundDay = d;
        s.pendingRefunds--;
        s.refundDue[i] = s.refundDue[s.pendingRefunds];
        s.refundOrder[i] = s.refundOrder[s.pendingRefunds];
        i--;
      }
    }
    if (session || online) {
      s.lastVisitDay = d;
    }
    if (wish) {
      s.recentWishes.add(d);
    }
    if (order) {
      if (returned) {
        s.scheduleRefund(d + refundDelay, s.orders);
      }
      s.orders++;
      s.discountedOrders += discounted ? 1 : 0;
      s.lastOrderDay = d;
      s.recentOrders.add(d);
    }
    if (renew) {
      s.nextRenewalDay += RENEWAL_DAYS;
    }
    if (cancel) {
      s.subscribed = false;
    } else if (start) {
      s.subscribed = true;
      s.plan = t.plan();
      s.subscribedSince = d;
      s.nextRenewalDay = d + RENEWAL_DAYS;
      s.subscriptions++;
    }
    if (ticket) {
      s.tickets++;
      if (csat <= 2) {
        s.lastLowCsatDay = d;
      }
    }
    s.engagement = next;
    return switch (label) {
      case NONE -> 0;
      case ORDER -> orderHazard;
      case CANCEL -> churnHazard;
    };
  }

  private int topic(int d, Rng rng) {
    if ((d - s.lastRefundDay <= 10 || s.pendingRefunds > 0) && rng.chance(0.7)) {
      return TOPIC_RETURNS;
    }
    if (d - s.lastOrderDay <= 7 && rng.chance(0.5)) {
      return TOPIC_DELIVERY;
    }
    if (s.subscribed && rng.chance(0.4)) {
      return TOPIC_BILLING;
    }
    return rng.chance(0.5) ? TOPIC_ACCOUNT : TOPIC_PRODUCT;
  }

  /** Writes one day's sessions and orders; uses only the day's detail stream. */
  private final class DayWriter {
    private final Timeline out;
    private final Rng rng;
    private final long dayStart;

    DayWriter(Timeline out, Rng rng, int d) {
      this.out = out;
      this.rng = rng;
      this.dayStart = (long) d * DAY;
    }

    void write(
        boolean session,
        boolean wish,
        boolean acquisition,
        boolean order,
        boolean online,
        boolean discounted,
        boolean start,
        boolean renew,
        boolean cancel) {
      int devices = t.platforms().length;
      if (renew) {
        out.add(dayStart + 3 * 3600 + rng.nextInt(3600), Kind.SUBSCRIPTION_RENEWED, 0, s.plan);
      }
      if (session) {
        browse(rng.nextInt(devices), wish, acquisition, start);
      } else if (start) {
        out.add(at(8, 14), Kind.SUBSCRIPTION_STARTED, 0, t.plan());
      }
      if (order) {
        if (online) {
          checkout(rng.nextInt(devices), discounted);
        } else {
          int store = rng.chance(0.85) ? t.homeStore() : rng.nextInt(Catalog.STORES.length);
          long second = at(9, 11);
          int[][] lines = basket();
          out.orders.add(new Order(lines[0], lines[1], discount(discounted), -1, store));
          out.add(second, Kind.ORDER, 0, out.orders.size() - 1);
        }
      }
      if (cancel) {
        out.add(at(8, 14), Kind.SUBSCRIPTION_CANCELLED, 0, s.plan);
      }
    }

    private void browse(int device, boolean wish, boolean acquisition, boolean start) {
      long second = at(7, 15);
      out.add(second, Kind.PAGE, device, PAGE_HOME);
      if (!s.identified[device] && rng.chance(acquisition ? 0.5 : 0.25)) {
        second += rng.between(5, 40);
        out.add(second, Kind.IDENTIFY, device, rng.nextInt(2));
        s.identified[device] = true;
      }
      int views = rng.between(1, 4);
      int last = 0;
      int wished = rng.nextInt(views);
      for (int v = 0; v < views; v++) {
        last = product();
        second += rng.between(10, 90);
        out.add(second, Kind.PAGE, device, PAGE_PRODUCT | last << 2);
        out.add(second + 1, Kind.PRODUCT_VIEWED, device, last);
        if (wish && v == wished) {
          second += rng.between(5, 30);
          out.add(second, Kind.WISHLIST, device, last);
        }
      }
      if (rng.chance(0.25)) {
        second += rng.between(5, 30);
        out.add(second, Kind.PRODUCT_ADDED, device, last | 1 << 16);
      }
      if (start) {
        second += rng.between(20, 120);
        out.add(second, Kind.SUBSCRIPTION_STARTED, 0, t.plan());
      }
    }

    private void checkout(int device, boolean discounted) {
      long second = at(7, 15);
      out.add(second, Kind.PAGE, device, PAGE_HOME);
      int[][] lines = basket();
      for (int i = 0; i < lines[0].length; i++) {
        int sku = lines[0][i];
        second += rng.between(10, 90);
        out.add(second, Kind.PAGE, device, PAGE_PRODUCT | sku << 2);
        out.add(second + 1, Kind.PRODUCT_VIEWED, device, sku);
        second += rng.between(5, 40);
        out.add(second, Kind.PRODUCT_ADDED, device, sku | lines[1][i] << 16);
      }
      second += rng.between(10, 60);
      out.add(second, Kind.PAGE, device, PAGE_CART);
      if (!s.identified[device]) {
        second += rng.between(10, 60);
        out.add(second, Kind.IDENTIFY, device, rng.nextInt(2));
        s.identified[device] = true;
      }
      second += rng.between(10, 60);
      out.add(second, Kind.PAGE, device, PAGE_CHECKOUT);
      second += rng.between(30, 180);
      out.orders.add(new Order(lines[0], lines[1], discount(discounted), device, -1));
      out.add(second, Kind.ORDER, device, out.orders.size() - 1);
    }

    /** Products and quantities: staples bought before, favourites, and the odd other product. */
    private int[][] basket() {
      if (market.repeatProfile() != RepeatProfile.MIXED) {
        return Baskets.draw(
            market.repeatProfile(),
            new Rng(Rng.seed(seed, dayStart, 0xBA5CE7L)),
            out.orders,
            t.household(),
            market,
            this::product);
      }
      int count = Math.min(rng.between(1, 1 + (t.household() + 1) / 2), 4);
      int[] products = new int[count];
      int[] quantities = new int[count];
      for (int i = 0; i < count; i++) {
        int product = -1;
        if (!out.orders.isEmpty() && rng.chance(0.5)) {
          Order previous = out.orders.get(rng.nextInt(out.orders.size()));
          int candidate = previous.products()[rng.nextInt(previous.products().length)];
          if (market.repeatPurchase(candidate)) {
            product = candidate;
          }
        }
        if (product < 0 || contains(products, i, product)) {
          product = product();
        }
        products[i] = product;
        quantities[i] = market.repeatPurchase(product) ? rng.between(1, t.household()) : 1;
      }
      return new int[][] {products, quantities};
    }

    private int product() {
      return product(rng);
    }

    private int product(Rng from) {
      int category =
          from.chance(0.7)
              ? t.favourites()[from.nextInt(2)]
              : from.nextInt(Catalog.CATEGORIES.size());
      return market.product(category, from);
    }

    private int discount(boolean discounted) {
      return discounted ? 5 * rng.between(2, 4) : 0;
    }

    /** A second of the day between {@code fromHour} and {@code fromHour + hours}. */
    private long at(int fromHour, int hours) {
      return dayStart + fromHour * 3600L + rng.nextInt(hours * 3600);
    }
  }

  private static boolean contains(int[] values, int length, int value) {
    for (int i = 0; i < length; i++) {
      if (values[i] == value) {
        return true;
      }
    }
    return false;
  }

  private static double sigmoid(double eta) {
    return 1 / (1 + Math.exp(-eta));
  }

  /** exp(-days / tau), 0 for "never" and far-away days. */
  private static double decay(double[] table, int days) {
    return days < TABLE ? table[Math.max(days, 0)] : 0;
  }

  private static double[] decay(double tau) {
    double[] table = new double[TABLE];
    for (int i = 0; i < TABLE; i++) {
      table[i] = Math.exp(-i / tau);
    }
    return table;
  }
}
