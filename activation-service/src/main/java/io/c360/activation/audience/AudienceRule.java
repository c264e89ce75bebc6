package io.c360.activation.audience;

import io.c360.activation.profile.ActivationProfile;
import java.time.Instant;
import java.util.List;

/**
 * Who belongs to an audience: a small typed expression tree over profile fields, parsed and
 * validated by {@link AudienceRules} (never evaluated as text).
 */
public sealed interface AudienceRule {

  /** Whether the profile matches at {@code now} (for fields such as {@code daysSinceLastOrder}). */
  boolean matches(ActivationProfile profile, Instant now);

  /** Every condition holds. */
  record All(List<AudienceRule> rules) implements AudienceRule {
    public All {
      rules = List.copyOf(rules);
    }

    @Override
    public boolean matches(ActivationProfile profile, Instant now) {
      return rules.stream().allMatch(r -> r.matches(profile, now));
    }
  }

  /** At least one condition holds. */
  record Any(List<AudienceRule> rules) implements AudienceRule {
    public Any {
      rules = List.copyOf(rules);
    }

    @Override
    public boolean matches(ActivationProfile profile, Instant now) {
      return rules.stream().anyMatch(r -> r.matches(profile, now));
    }
  }

  /** The condition does not hold. */
  record Not(AudienceRule rule) implements AudienceRule {
    @Override
    public boolean matches(ActivationProfile profile, Instant now) {
      return !rule.matches(profile, now);
    }
  }

  /**
   * One comparison of a field with a constant. A profile without a value for the field matches no
   * comparison (like SQL's NULL), except that {@code exists} is then false and consent fields read
   * a missing consent as {@code false}.
   */
  record Condition(AudienceField field, Operator op, Object value) implements AudienceRule {
    @Override
    public boolean matches(ActivationProfile profile, Instant now) {
      Object actual = field.valueOf(profile, now);
      return op.test(actual, value);
    }
  }
}
