package io.c360.activation.segment;

/**
 * The trait names C360 sends to Segment: {@code audience_<key>} (true while a member, false after
 * the exit, like Segment's own audiences), {@code <model>_score} (the propensity, 0..1) and {@code
 * experiment_<key>} (a campaign experiment's group, on exports made for a campaign).
 */
public final class SegmentTraits {

  private SegmentTraits() {}

  public static String audience(String audienceKey) {
    return "audience_" + audienceKey;
  }

  public static String score(String model) {
    return model + "_score";
  }

  /**
   * The trait holding a member's group in a campaign's experiment ({@code treatment} or {@code
   * control}): {@code experiment_<key>}, with characters other than letters, digits and _ made _.
   */
  public static String experimentGroup(String experimentKey) {
    return "experiment_" + experimentKey.replaceAll("[^A-Za-z0-9_]", "_");
  }
}
