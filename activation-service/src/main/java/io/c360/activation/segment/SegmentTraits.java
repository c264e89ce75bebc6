package io.c360.activation.segment;

/**
 * The trait names C360 sends to Segment: {@code audience_<key>} (true while a member, false after
 * the exit, like Segment's own audiences) and {@code <model>_score} (the propensity, 0..1).
 */
public final class SegmentTraits {

  private SegmentTraits() {}

  public static String audience(String audienceKey) {
    return "audience_" + audienceKey;
  }

  public static String score(String model) {
    return model + "_score";
  }
}
