package io.c360.synthetic;

/**
 * A customer's mutable simulation state: what has happened so far, as far as it drives behaviour.
 * Copied at a cutoff to branch Monte Carlo futures.
 */
final class State {

  static final int NEVER = -1_000_000;

  boolean joined;
  double engagement;
  int lastOrderDay = NEVER;
  int lastVisitDay = NEVER;
  int lastRefundDay = NEVER;
  int lastLowCsatDay = NEVER;
  int orders;
  int discountedOrders;
  int tickets;
  final Days recentOrders;
  final Days recentRefunds;
  final Days recentWishes;
  boolean subscribed;
  int plan;
  int subscribedSince = NEVER;
  int nextRenewalDay = NEVER;
  int subscriptions;
  int[] refundDue = new int[2];
  int[] refundOrder = new int[2];
  int pendingRefunds;

  /** Devices that have logged in; only events depend on it, not behaviour. */
  boolean[] identified;

  State(Traits traits) {
    this.engagement = traits.engagement0();
    this.recentOrders = new Days();
    this.recentRefunds = new Days();
    this.recentWishes = new Days();
    this.identified = new boolean[traits.platforms().length];
  }

  private State(State o) {
    joined = o.joined;
    engagement = o.engagement;
    lastOrderDay = o.lastOrderDay;
    lastVisitDay = o.lastVisitDay;
    lastRefundDay = o.lastRefundDay;
    lastLowCsatDay = o.lastLowCsatDay;
    orders = o.orders;
    discountedOrders = o.discountedOrders;
    tickets = o.tickets;
    recentOrders = o.recentOrders.copy();
    recentRefunds = o.recentRefunds.copy();
    recentWishes = o.recentWishes.copy();
    subscribed = o.subscribed;
    plan = o.plan;
    subscribedSince = o.subscribedSince;
    nextRenewalDay = o.nextRenewalDay;
    subscriptions = o.subscriptions;
    refundDue = o.refundDue.clone();
    refundOrder = o.refundOrder.clone();
    pendingRefunds = o.pendingRefunds;
    identified = o.identified.clone();
  }

  State copy() {
    return new State(this);
  }

  void scheduleRefund(int day, int order) {
    if (pendingRefunds == refundDue.length) {
      refundDue = java.util.Arrays.copyOf(refundDue, pendingRefunds * 2);
      refundOrder = java.util.Arrays.copyOf(refundOrder, pendingRefunds * 2);
    }
    refundDue[pendingRefunds] = day;
    refundOrder[pendingRefunds] = order;
    pendingRefunds++;
  }

  double discountShare() {
    return orders == 0 ? 0 : (double) discountedOrders / orders;
  }
}
