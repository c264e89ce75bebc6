package io.c360.activation.report;

import io.c360.activation.profile.ProfileId;
import java.time.Instant;
import java.util.List;

/** The orders of each profile, kept for conversion windows (port). */
public interface OrderLedger {

  /** Records an order; recording the same messageId again changes nothing. */
  void record(ProfileId profile, Order order);

  /** Notes that {@code merged} now lives on as {@code survivor}, so its later orders count. */
  void merged(ProfileId merged, ProfileId survivor);

  /** Forgets every order of an erased profile. */
  void forget(ProfileId profile);

  /**
   * The orders in [from, to) of the profile and of the profile it was merged into (and so on), in
   * time order, each once.
   */
  List<Order> orders(ProfileId profile, Instant from, Instant to);
}
