package io.c360.recommendation.serving;

import io.c360.recommendation.policy.Policy;
import io.c360.recommendation.policy.PolicyChoices;
import io.c360.recommendation.policy.PolicyChoices.AutoChoice;
import io.c360.recommendation.policy.Shopper;
import io.c360.recommendation.serving.RecommendationProperties.ContextSettings;
import java.util.Optional;

/**
 * The policy that makes one context's list for one customer. A configured policy is used as is;
 * {@code auto} follows the latest evaluation's choice for the context (its policy for customers
 * with few orders when the customer has fewer than three). With no evaluation yet, {@code auto}
 * blends the customer's frequent items and the model half and half ({@link #WITHOUT_EVALUATION}):
 * the model alone for a customer who bought nothing, and never the exclude-purchased list that
 * throws away what a customer buys again.
 */
final class ContextPolicies {

  static final Policy WITHOUT_EVALUATION = Policy.blend(0.5);

  private final PolicyChoices choices;

  ContextPolicies(PolicyChoices choices) {
    this.choices = choices;
  }

  AppliedPolicy choose(String context, ContextSettings settings, Shopper shopper) {
    Policy configured = settings.configuredPolicy();
    if (!configured.is(Policy.AUTO)) {
      return AppliedPolicy.configured(configured);
    }
    Optional<AutoChoice> choice = choices.latest(context);
    if (choice.isEmpty()) {
      return AppliedPolicy.auto(WITHOUT_EVALUATION, null, "no evaluation yet");
    }
    AutoChoice chosen = choice.get();
    return shopper.orders() < PolicyChoices.FEW_ORDERS
        ? AppliedPolicy.auto(
            chosen.fewOrders(), chosen.evaluationId(), "best for customers with few orders")
        : AppliedPolicy.auto(chosen.regular(), chosen.evaluationId(), "best in the evaluation");
  }
}
