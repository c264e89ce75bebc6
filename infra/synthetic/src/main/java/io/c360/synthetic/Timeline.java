package io.c360.synthetic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One customer's history in compact form: each event is one {@code long} (second of the period,
 * kind, device and a payload), and orders are kept once and referenced by index. {@link
 * EventFactory} turns it into {@code CustomerEvent}s on demand, so a 100,000-customer world costs
 * about 8 bytes per event.
 *
 * <p>Layout: bits 29..63 the second since the start of the period, 25..28 the {@link Kind}, 24 the
 * device, 0..23 the payload.
 */
final class Timeline {

  enum Kind {
    PAGE,
    PRODUCT_VIEWED,
    PRODUCT_ADDED,
    WISHLIST,
    IDENTIFY,
    ORDER,
    REFUND,
    SUBSCRIPTION_STARTED,
    SUBSCRIPTION_RENEWED,
    SUBSCRIPTION_CANCELLED,
    TICKET
  }

  static final Kind[] KINDS = Kind.values();

  private long[] events = new long[32];
  private int size;
  final List<Order> orders = new ArrayList<>();

  void add(long second, Kind kind, int device, int payload) {
    if (size == events.length) {
      events = Arrays.copyOf(events, size * 2);
    }
    events[size++] =
        (second << 29) | ((long) kind.ordinal() << 25) | ((long) device << 24) | payload;
  }

  /** Sorts by time and trims; call once when the simulation is over. */
  void seal() {
    events = Arrays.copyOf(events, size);
    Arrays.sort(events);
  }

  int size() {
    return size;
  }

  long at(int i) {
    return events[i];
  }

  static long second(long event) {
    return event >>> 29;
  }

  static Kind kind(long event) {
    return KINDS[(int) (event >>> 25) & 0xF];
  }

  static int device(long event) {
    return (int) (event >>> 24) & 1;
  }

  static int payload(long event) {
    return (int) event & 0xFFFFFF;
  }
}
