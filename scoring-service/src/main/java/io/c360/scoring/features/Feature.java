package io.c360.scoring.features;

/** The feature catalog; the ordinal is the column in {@link Features}' internal row. */
enum Feature {
  DAYS_SINCE_LAST_EVENT("days since the latest event of any kind; NaN without events", "all"),
  DAYS_SINCE_LAST_ORDER("days since the latest Order Completed; NaN without orders", "all"),
  DAYS_SINCE_LAST_SESSION("days since the latest page or screen view; NaN without any", "all"),
  EVENTS_30D("events of any kind", "30d"),
  SESSIONS_30D("page and screen views", "30d"),
  SESSIONS_90D("page and screen views", "90d"),
  ORDERS_30D("Order Completed events", "30d"),
  ORDERS_90D("Order Completed events", "90d"),
  ORDERS_365D("Order Completed events", "365d"),
  ORDERS_TOTAL("Order Completed events", "all"),
  REVENUE_30D("order revenue", "30d"),
  REVENUE_90D("order revenue", "90d"),
  REVENUE_365D("order revenue", "365d"),
  REVENUE_TOTAL("order revenue", "all"),
  AVG_ORDER_VALUE_365D("mean revenue per order; NaN without orders in the window", "365d"),
  EVENTS_TREND_30_60(
      "daily event rate in the last 30 days over the rate in the 60 days before, add-one"
          + " smoothed: (n30 + 1) / (nPrev60 / 2 + 1)",
      "30d vs 60d before"),
  SESSIONS_TREND_30_60("the same trend ratio for page and screen views", "30d vs 60d before"),
  ORDERS_TREND_30_60("the same trend ratio for orders", "30d vs 60d before"),
  REVENUE_TREND_30_60("the same trend ratio for order revenue", "30d vs 60d before"),
  RETURNS_90D("Order Refunded events", "90d"),
  REFUNDED_AMOUNT_90D("refunded amount", "90d"),
  RETURN_RATE_365D("refunds per order; NaN without orders in the window", "365d"),
  PRODUCT_VIEWS_30D("Product Viewed events", "30d"),
  WISHLIST_ADDS_90D("Product Added to Wishlist events", "90d"),
  CART_ADDS_30D("Product Added events", "30d"),
  CART_ADDS_WITHOUT_PURCHASE_30D(
      "Product Added events not followed by any Order Completed before the as-of time", "30d"),
  SUPPORT_CONTACTS_90D("support events (source support or name starting Support)", "90d"),
  SUPPORT_CONTACTS_365D("support events (source support or name starting Support)", "365d"),
  CSAT_MEAN_365D("mean CSAT (1-5) of rated support tickets; NaN without ratings", "365d"),
  CSAT_LAST("CSAT of the latest rated support ticket; NaN without ratings", "all"),
  LOW_CSAT_365D("support tickets rated 1 or 2", "365d"),
  DAYS_SINCE_LOW_CSAT("days since the latest ticket rated 1 or 2; NaN without one", "all"),
  TENURE_DAYS("days since the first event; NaN without events", "all"),
  DAYS_SINCE_FIRST_ORDER("days since the first Order Completed; NaN without orders", "all"),
  WEB_SHARE_365D("share of events from source web; NaN without events", "365d"),
  APP_SHARE_365D("share of events from sources ios and android; NaN without events", "365d"),
  POS_SHARE_365D("share of events from source pos; NaN without events", "365d"),
  DISCOUNT_SHARE_365D(
      "discount / (revenue + discount) over orders; NaN without orders in the window", "365d"),
  DISCOUNTED_ORDERS_SHARE_365D(
      "share of orders with a discount; NaN without orders in the window", "365d"),
  DISTINCT_CATEGORIES_365D("distinct product categories ordered (counted up to 32)", "365d"),
  SUBSCRIPTION_ACTIVE("1 when the latest subscription event is Started or Renewed, else 0", "all"),
  SUBSCRIPTION_AGE_DAYS(
      "days since the active subscription started; NaN without an active subscription", "all"),
  SUBSCRIPTION_RENEWALS("renewals of the active subscription; 0 without one", "all"),
  DAYS_SINCE_SUBSCRIPTION_EVENT("days since the latest subscription event; NaN without any", "all"),
  SUBSCRIPTION_PRICE("price of the latest subscription event; NaN without any", "all"),
  SUBSCRIPTION_CANCELLATIONS("Subscription Cancelled events", "all");

  final String meaning;
  final String window;

  Feature(String meaning, String window) {
    this.meaning = meaning;
    this.window = window;
  }

  String column() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
