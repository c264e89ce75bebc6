package io.c360.recommendation.serving;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.c360.recommendation.policy.Policy;
import org.jspecify.annotations.Nullable;

/**
 * The policy that chose an answer's items.
 *
 * @param name the concrete policy ({@code blend}, {@code top-frequency}, ...)
 * @param weight the blend's weight of the customer's frequent items; absent for other policies
 * @param auto whether the context's policy is {@code auto}
 * @param evaluationId the evaluation {@code auto} followed; absent when no evaluation exists yet
 * @param reason why {@code auto} chose it, in a few words
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AppliedPolicy(
    String name,
    @Nullable Double weight,
    boolean auto,
    @Nullable String evaluationId,
    @Nullable String reason) {

  static AppliedPolicy configured(Policy policy) {
    return new AppliedPolicy(policy.name(), weightOf(policy), false, null, null);
  }

  static AppliedPolicy auto(Policy policy, @Nullable String evaluationId, String reason) {
    return new AppliedPolicy(policy.name(), weightOf(policy), true, evaluationId, reason);
  }

  private static @Nullable Double weightOf(Policy policy) {
    return policy.is(Policy.BLEND) ? policy.weight() : null;
  }
}
