package io.c360.activation.report;

import org.jspecify.annotations.Nullable;

/**
 * Treatment against control: the difference of conversion rates with a Wald 95 % interval, their
 * ratio minus one with a 95 % interval from the log of the risk ratio (Katz), and the difference in
 * revenue per member with a Welch 95 % interval. Normal approximations: read them with the counts
 * behind them, and not at all with a handful of conversions.
 */
public record Uplift(
    double absolute,
    Interval absoluteCi95,
    @Nullable Double relative,
    @Nullable Interval relativeCi95,
    double revenuePerMemberDifference,
    Interval revenuePerMemberDifferenceCi95) {

  /** The two-sided 95 % quantile of the standard normal distribution. */
  static final double Z95 = 1.959963984540054;

  /** A confidence interval. */
  public record Interval(double low, double high) {}

  /** The outcome of one group: members, how many converted, and revenue per member. */
  public record Arm(long members, long conversions, double revenue, double revenueSquares) {

    public double rate() {
      return members == 0 ? 0 : (double) conversions / members;
    }

    public double revenuePerMember() {
      return members == 0 ? 0 : revenue / members;
    }

    /** The sample variance of revenue per member. */
    double revenueVariance() {
      if (members < 2) {
        return 0;
      }
      double mean = revenuePerMember();
      return Math.max(0, (revenueSquares - members * mean * mean) / (members - 1));
    }
  }

  /** The uplift of treatment over control, or null when a group is empty. */
  public static @Nullable Uplift of(Arm treatment, Arm control) {
    if (treatment.members() == 0 || control.members() == 0) {
      return null;
    }
    double pt = treatment.rate();
    double pc = control.rate();
    double absolute = pt - pc;
    double se = Math.sqrt(pt * (1 - pt) / treatment.members() + pc * (1 - pc) / control.members());
    Double relative = null;
    Interval relativeCi = null;
    if (treatment.conversions() > 0 && control.conversions() > 0) {
      double ratio = pt / pc;
      double seLog =
          Math.sqrt(
              1.0 / treatment.conversions()
                  - 1.0 / treatment.members()
                  + 1.0 / control.conversions()
                  - 1.0 / control.members());
      relative = ratio - 1;
      relativeCi =
          new Interval(
              Math.exp(Math.log(ratio) - Z95 * seLog) - 1,
              Math.exp(Math.log(ratio) + Z95 * seLog) - 1);
    }
    double revenueDifference = treatment.revenuePerMember() - control.revenuePerMember();
    double seRevenue =
        Math.sqrt(
            treatment.revenueVariance() / treatment.members()
                + control.revenueVariance() / control.members());
    return new Uplift(
        absolute,
        new Interval(absolute - Z95 * se, absolute + Z95 * se),
        relative,
        relativeCi,
        revenueDifference,
        new Interval(revenueDifference - Z95 * seRevenue, revenueDifference + Z95 * seRevenue));
  }
}
