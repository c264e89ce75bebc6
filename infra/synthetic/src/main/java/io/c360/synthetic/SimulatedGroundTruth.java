package io.c360.synthetic;

import java.time.Duration;
import java.time.Instant;

/**
 * Ground truth by replay and Monte Carlo. For a customer and cutoff day c it re-runs the customer's
 * deterministic simulation (same seed, no events written) over days 0..c-1 to recover the exact
 * state at the start of day c, then branches {@value #PATHS} futures with independent random
 * streams. In each future the label event (order, or cancellation) is never drawn; instead its
 * daily hazard h_d is read off and the path's survival Π (1 - h_d) over the window accumulates,
 * while every other event (visits, refunds, tickets, orders for churn, ...) is drawn as usual. The
 * probability is 1 - mean survival.
 *
 * <p>Because every draw of a day is independent given the state at its start, this is exactly the
 * probability of at least one label event in the window (a Rao-Blackwellised estimator: it has far
 * less variance than counting events in paths; where the hazard does not depend on random future
 * events it is exact with a single path).
 */
final class SimulatedGroundTruth implements GroundTruth {

  static final int PATHS = 200;

  private final RetailWorld world;

  SimulatedGroundTruth(RetailWorld world) {
    this.world = world;
  }

  @Override
  public double churnProbability(String customerId, Instant cutoff, int windowDays) {
    return probability(customerId, cutoff, windowDays, Life.Label.CANCEL);
  }

  @Override
  public double repurchaseProbability(String customerId, Instant cutoff, int windowDays) {
    return probability(customerId, cutoff, windowDays, Life.Label.ORDER);
  }

  private double probability(String customerId, Instant cutoff, int windowDays, Life.Label label) {
    if (windowDays < 1) {
      throw new IllegalArgumentException("windowDays must be at least 1, was " + windowDays);
    }
    int index = world.indexOf(customerId);
    int cutoffDay = cutoffDay(cutoff);
    Life life = world.replay(index, cutoffDay);
    if (label == Life.Label.CANCEL && !life.s.subscribed) {
      return Double.NaN;
    }
    long seed = Rng.seed(world.spec().seed(), index, cutoffDay, windowDays, label.ordinal());
    double survival = 0;
    for (int path = 0; path < PATHS; path++) {
      Life future = life.branch();
      Rng rng = new Rng(Rng.seed(seed, path));
      double alive = 1;
      for (int d = cutoffDay; d < cutoffDay + windowDays; d++) {
        alive *= 1 - future.day(d, rng, null, label);
      }
      survival += alive;
    }
    return 1 - survival / PATHS;
  }

  private int cutoffDay(Instant cutoff) {
    WorldSpec spec = world.spec();
    if (cutoff.isBefore(spec.start()) || cutoff.isAfter(spec.end())) {
      throw new IllegalArgumentException(
          "cutoff "
              + cutoff
              + " is outside the world's period ["
              + spec.start()
              + ", "
              + spec.end()
              + "]");
    }
    return (int) (Duration.between(spec.start(), cutoff).getSeconds() / 86_400);
  }
}
