package io.c360.recommendation.policy;

import java.util.List;
import java.util.Locale;

/**
 * How a context's list is made. {@link #BLEND} carries the weight of the customer's own frequent
 * items against the model ({@code weight · frequency + (1 − weight) · model}); the other policies
 * ignore the weight.
 *
 * @param name one of {@link #NAMES}, or {@link #AUTO} in configuration
 * @param weight for {@code blend}, 0 to 1; 0 otherwise
 */
public record Policy(String name, double weight) {

  /** The context's model (strategy and backend) with items the customer bought left out. */
  public static final String EXCLUDE_PURCHASED = "exclude-purchased";

  /** The context's model with bought items kept (its own items score in personalized results). */
  public static final String REPEAT_ALLOWED = "repeat-allowed";

  /** What the customer bought, recent and frequent first (decayed purchase counts). */
  public static final String BUY_AGAIN = "buy-again";

  /** The customer's most often bought items, popular items to fill. */
  public static final String TOP_FREQUENCY = "top-frequency";

  public static final String POPULARITY = "popularity";
  public static final String TRENDING = "trending";

  /** Items similar to the customer's most recent items. */
  public static final String SIMILAR_TO_RECENT = "similar-to-recent";

  /** {@code weight} of top-frequency and {@code 1 − weight} of the model (repeats kept). */
  public static final String BLEND = "blend";

  /** The Amazon Personalize backend's personalized answer (when that backend is configured). */
  public static final String PERSONALIZE = "personalize";

  /** Configuration only: the latest evaluation's best policy for the context. */
  public static final String AUTO = "auto";

  /** Every concrete policy. */
  public static final List<String> NAMES =
      List.of(
          EXCLUDE_PURCHASED,
          REPEAT_ALLOWED,
          BUY_AGAIN,
          TOP_FREQUENCY,
          POPULARITY,
          TRENDING,
          SIMILAR_TO_RECENT,
          BLEND,
          PERSONALIZE);

  /** The simple baselines an analyst computes in ten lines; auto never goes below the best. */
  public static final List<String> SIMPLE_BASELINES =
      List.of(TOP_FREQUENCY, BUY_AGAIN, POPULARITY, TRENDING);

  public Policy {
    name = name.trim().toLowerCase(Locale.ROOT);
    if (!NAMES.contains(name) && !AUTO.equals(name)) {
      throw new IllegalArgumentException(
          "policy '" + name + "' is not one of " + NAMES + " or " + AUTO);
    }
    if (!(weight >= 0 && weight <= 1)) {
      throw new IllegalArgumentException("a blend weight is between 0 and 1, not " + weight);
    }
    weight = BLEND.equals(name) ? weight : 0;
  }

  public static Policy of(String name) {
    return new Policy(name, 0);
  }

  public static Policy blend(double weight) {
    return new Policy(BLEND, weight);
  }

  public boolean is(String other) {
    return name.equals(other);
  }

  /** Whether the service leaves out what the customer bought (except repeat categories). */
  public boolean excludesPurchased() {
    return is(EXCLUDE_PURCHASED);
  }

  public boolean simpleBaseline() {
    return SIMPLE_BASELINES.contains(name);
  }

  /** {@code blend(0.60)} for a blend, else the name. */
  @Override
  public String toString() {
    return is(BLEND) ? String.format(Locale.ROOT, "%s(%.2f)", name, weight) : name;
  }
}
