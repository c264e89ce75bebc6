package io.c360.synthetic;

import java.time.Instant;

/**
 * The true behavioural probabilities of a {@link RetailWorld}'s customers, given the generator's
 * full state (observable history and latent traits) at a cutoff. Implementations are thread-safe
 * and deterministic.
 *
 * <p>The generator's clock ticks in days starting at {@link WorldSpec#start()}; a cutoff that falls
 * inside a day is taken as the start of that day, and the window as the {@code windowDays} whole
 * days from there. Cutoffs at {@code start + n days} (midnight UTC when start is) are exact.
 */
public interface GroundTruth {

  /**
   * P(a "Subscription Cancelled" event in [cutoff, cutoff+windowDays)) given everything the
   * generator knew at cutoff; NaN if the customer has no active subscription at cutoff.
   */
  double churnProbability(String customerId, Instant cutoff, int windowDays);

  /** P(an "Order Completed" event in [cutoff, cutoff+windowDays)) given the state at cutoff. */
  double repurchaseProbability(String customerId, Instant cutoff, int windowDays);
}
