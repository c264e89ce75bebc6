package io.c360.scoring.features;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The feature function: one pure function of (timeline, as-of time) used for training and scoring
 * alike. Only events strictly before the as-of time count; a window of N days is [asOf - N days,
 * asOf).
 */
public final class Features {

  private static final List<FeatureSpec> CATALOG =
      Arrays.stream(Feature.values())
          .map(f -> new FeatureSpec(f.column(), f.meaning, f.window))
          .toList();
  private static final Map<String, Integer> COLUMNS = new HashMap<>();

  static {
    for (Feature f : Feature.values()) {
      COLUMNS.put(f.column(), f.ordinal());
    }
  }

  private static final long DAY = 86_400_000L;
  private static final int MAX_CATEGORIES = 32;

  private Features() {}

  /** Every feature, documented. */
  public static List<FeatureSpec> catalog() {
    return CATALOG;
  }

  /** The names not in the catalog. */
  public static List<String> unknown(List<String> names) {
    return names.stream().filter(n -> !COLUMNS.containsKey(n)).toList();
  }

  /**
   * The named features of a history as of a time, in the order of {@code names}; undefined values
   * are {@link Float#NaN}.
   *
   * @throws IllegalArgumentException when a name is not in the catalog
   */
  public static float[] compute(CustomerHistory history, Instant asOf, List<String> names) {
    float[] all = computeAll(history, asOf);
    float[] row = new float[names.size()];
    for (int i = 0; i < row.length; i++) {
      Integer column = COLUMNS.get(names.get(i));
      if (column == null) {
        throw new IllegalArgumentException("unknown feature: " + names.get(i));
      }
      row[i] = all[column];
    }
    return row;
  }

  /** Column indexes of {@code names} in the full row of {@link #computeAll}. */
  static int[] columns(List<String> names) {
    var unknown = unknown(names);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("unknown features: " + unknown);
    }
    return names.stream().mapToInt(COLUMNS::get).toArray();
  }

  /** Every catalog feature, indexed by {@link Feature#ordinal()}; one pass over the events. */
  static float[] computeAll(CustomerHistory history, Instant asOf) {
    final long now = asOf.toEpochMilli();
    final long from30 = now - 30 * DAY;
    final long from90 = now - 90 * DAY;
    final long from365 = now - 365 * DAY;

    long firstEvent = Long.MIN_VALUE;
    long lastEvent = Long.MIN_VALUE;
    long firstOrder = Long.MIN_VALUE;
    long lastOrder = Long.MIN_VALUE;
    long lastSession = Long.MIN_VALUE;
    int events30 = 0;
    int eventsPrev60 = 0;
    int events365 = 0;
    int web365 = 0;
    int app365 = 0;
    int pos365 = 0;
    int sessions30 = 0;
    int sessions90 = 0;
    int orders30 = 0;
    int orders90 = 0;
    int orders365 = 0;
    int ordersTotal = 0;
    int discountedOrders365 = 0;
    double revenue30 = 0;
    double revenue90 = 0;
    double revenue365 = 0;
    double revenueTotal = 0;
    double discount365 = 0;
    int returns90 = 0;
    int returns365 = 0;
    double refunded90 = 0;
    int views30 = 0;
    int wishlist90 = 0;
    int cartAdds30 = 0;
    int cartAddsOpen30 = 0;
    int support90 = 0;
    int support365 = 0;
    double csatSum365 = 0;
    int csatCount365 = 0;
    int lowCsat365 = 0;
    double csatLast = Double.NaN;
    long lastLowCsat = Long.MIN_VALUE;
    boolean subscriptionActive = false;
    long subscriptionStart = Long.MIN_VALUE;
    int renewals = 0;
    long lastSubscriptionEvent = Long.MIN_VALUE;
    double subscriptionPrice = Double.NaN;
    int cancellations = 0;
    String[] categories = new String[MAX_CATEGORIES];
    int categoryCount = 0;

    for (HistoryEvent event : history.events()) {
      long t = event.timestamp().toEpochMilli();
      if (t >= now) {
        break;
      }
      boolean in30 = t >= from30;
      boolean in90 = t >= from90;
      boolean in365 = t >= from365;
      if (firstEvent == Long.MIN_VALUE) {
        firstEvent = t;
      }
      lastEvent = t;
      if (in30) {
        events30++;
      } else if (in90) {
        eventsPrev60++;
      }
      if (in365) {
        events365++;
        switch (event.source()) {
          case "web" -> web365++;
          case "ios", "android" -> app365++;
          case "pos" -> pos365++;
          default -> {}
        }
      }
      String name = event.name();
      if ("support".equals(event.source()) || name.startsWith("Support")) {
        if (in90) {
          support90++;
        }
        if (in365) {
          support365++;
        }
      }
      Double csat = event.csat();
      if (csat != null) {
        double value = csat;
        csatLast = value;
        if (value <= 2) {
          lastLowCsat = t;
        }
        if (in365) {
          csatSum365 += value;
          csatCount365++;
          if (value <= 2) {
            lowCsat365++;
          }
        }
      }
      switch (name) {
        case "page", "screen" -> {
          lastSession = t;
          if (in30) {
            sessions30++;
          }
          if (in90) {
            sessions90++;
          }
        }
        case HistoryEvent.ORDER_COMPLETED -> {
          double amount = event.amount();
          if (firstOrder == Long.MIN_VALUE) {
            firstOrder = t;
          }
          lastOrder = t;
          ordersTotal++;
          revenueTotal += amount;
          cartAddsOpen30 = 0;
          if (in30) {
            orders30++;
            revenue30 += amount;
          }
          if (in90) {
            orders90++;
            revenue90 += amount;
          }
          if (in365) {
            orders365++;
            revenue365 += amount;
            discount365 += event.discount();
            if (event.discount() > 0) {
              discountedOrders365++;
            }
            String category = event.category();
            if (category != null && categoryCount < MAX_CATEGORIES) {
              boolean seen = false;
              for (int i = 0; i < categoryCount && !seen; i++) {
                seen = categories[i].equals(category);
              }
              if (!seen) {
                categories[categoryCount++] = category;
              }
            }
          }
        }
        case HistoryEvent.ORDER_REFUNDED -> {
          if (in90) {
            returns90++;
            refunded90 += event.amount();
          }
          if (in365) {
            returns365++;
          }
        }
        case "Product Viewed" -> {
          if (in30) {
            views30++;
          }
        }
        case "Product Added to Wishlist" -> {
          if (in90) {
            wishlist90++;
          }
        }
        case "Product Added" -> {
          if (in30) {
            cartAdds30++;
            cartAddsOpen30++;
          }
        }
        case "Subscription Started" -> {
          subscriptionActive = true;
          subscriptionStart = t;
          renewals = 0;
          lastSubscriptionEvent = t;
          subscriptionPrice = event.amount();
        }
        case "Subscription Renewed" -> {
          if (!subscriptionActive) {
            subscriptionActive = true;
            subscriptionStart = t;
            renewals = 0;
          } else {
            renewals++;
          }
          lastSubscriptionEvent = t;
          subscriptionPrice = event.amount();
        }
        case "Subscription Cancelled" -> {
          subscriptionActive = false;
          cancellations++;
          lastSubscriptionEvent = t;
          if (event.amount() > 0) {
            subscriptionPrice = event.amount();
          }
        }
        default -> {}
      }
    }

    float[] v = new float[Feature.values().length];
    v[Feature.DAYS_SINCE_LAST_EVENT.ordinal()] = daysSince(now, lastEvent);
    v[Feature.DAYS_SINCE_LAST_ORDER.ordinal()] = daysSince(now, lastOrder);
    v[Feature.DAYS_SINCE_LAST_SESSION.ordinal()] = daysSince(now, lastSession);
    v[Feature.EVENTS_30D.ordinal()] = events30;
    v[Feature.SESSIONS_30D.ordinal()] = sessions30;
    v[Feature.SESSIONS_90D.ordinal()] = sessions90;
    v[Feature.ORDERS_30D.ordinal()] = orders30;
    v[Feature.ORDERS_90D.ordinal()] = orders90;
    v[Feature.ORDERS_365D.ordinal()] = orders365;
    v[Feature.ORDERS_TOTAL.ordinal()] = ordersTotal;
    v[Feature.REVENUE_30D.ordinal()] = (float) revenue30;
    v[Feature.REVENUE_90D.ordinal()] = (float) revenue90;
    v[Feature.REVENUE_365D.ordinal()] = (float) revenue365;
    v[Feature.REVENUE_TOTAL.ordinal()] = (float) revenueTotal;
    v[Feature.AVG_ORDER_VALUE_365D.ordinal()] = ratio(revenue365, orders365);
    v[Feature.EVENTS_TREND_30_60.ordinal()] = trend(events30, eventsPrev60);
    v[Feature.SESSIONS_TREND_30_60.ordinal()] = trend(sessions30, sessions90 - sessions30);
    v[Feature.ORDERS_TREND_30_60.ordinal()] = trend(orders30, orders90 - orders30);
    v[Feature.REVENUE_TREND_30_60.ordinal()] = trend(revenue30, revenue90 - revenue30);
    v[Feature.RETURNS_90D.ordinal()] = returns90;
    v[Feature.REFUNDED_AMOUNT_90D.ordinal()] = (float) refunded90;
    v[Feature.RETURN_RATE_365D.ordinal()] = ratio(returns365, orders365);
    v[Feature.PRODUCT_VIEWS_30D.ordinal()] = views30;
    v[Feature.WISHLIST_ADDS_90D.ordinal()] = wishlist90;
    v[Feature.CART_ADDS_30D.ordinal()] = cartAdds30;
    v[Feature.CART_ADDS_WITHOUT_PURCHASE_30D.ordinal()] = cartAddsOpen30;
    v[Feature.SUPPORT_CONTACTS_90D.ordinal()] = support90;
    v[Feature.SUPPORT_CONTACTS_365D.ordinal()] = support365;
    v[Feature.CSAT_MEAN_365D.ordinal()] = ratio(csatSum365, csatCount365);
    v[Feature.CSAT_LAST.ordinal()] = (float) csatLast;
    v[Feature.LOW_CSAT_365D.ordinal()] = lowCsat365;
    v[Feature.DAYS_SINCE_LOW_CSAT.ordinal()] = daysSince(now, lastLowCsat);
    v[Feature.TENURE_DAYS.ordinal()] = daysSince(now, firstEvent);
    v[Feature.DAYS_SINCE_FIRST_ORDER.ordinal()] = daysSince(now, firstOrder);
    v[Feature.WEB_SHARE_365D.ordinal()] = ratio(web365, events365);
    v[Feature.APP_SHARE_365D.ordinal()] = ratio(app365, events365);
    v[Feature.POS_SHARE_365D.ordinal()] = ratio(pos365, events365);
    v[Feature.DISCOUNT_SHARE_365D.ordinal()] =
        orders365 == 0 ? Float.NaN : ratio(discount365, revenue365 + discount365);
    v[Feature.DISCOUNTED_ORDERS_SHARE_365D.ordinal()] = ratio(discountedOrders365, orders365);
    v[Feature.DISTINCT_CATEGORIES_365D.ordinal()] = categoryCount;
    v[Feature.SUBSCRIPTION_ACTIVE.ordinal()] = subscriptionActive ? 1 : 0;
    v[Feature.SUBSCRIPTION_AGE_DAYS.ordinal()] =
        subscriptionActive ? daysSince(now, subscriptionStart) : Float.NaN;
    v[Feature.SUBSCRIPTION_RENEWALS.ordinal()] = subscriptionActive ? renewals : 0;
    v[Feature.DAYS_SINCE_SUBSCRIPTION_EVENT.ordinal()] = daysSince(now, lastSubscriptionEvent);
    v[Feature.SUBSCRIPTION_PRICE.ordinal()] = (float) subscriptionPrice;
    v[Feature.SUBSCRIPTION_CANCELLATIONS.ordinal()] = cancellations;
    return v;
  }

  private static float daysSince(long now, long then) {
    return then == Long.MIN_VALUE ? Float.NaN : (float) ((now - then) / (double) DAY);
  }

  private static float ratio(double numerator, double denominator) {
    return denominator == 0 ? Float.NaN : (float) (numerator / denominator);
  }

  private static float trend(double last30, double previous60) {
    return (float) ((last30 + 1) / (previous60 / 2 + 1));
  }

  /** The catalog's names, in catalog order. */
  static List<String> allNames() {
    var names = new ArrayList<String>();
    for (FeatureSpec spec : CATALOG) {
      names.add(spec.name());
    }
    return names;
  }
}
