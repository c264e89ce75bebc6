package io.c360.recommendation.evaluation;

import java.util.List;

/**
 * One context's results.
 *
 * @param strategy the context's strategy (contexts with the same strategy are measured once)
 * @param rules the business rules applied offline, in words
 * @param testCustomers customers with history before the split who bought in the test window
 * @param fewOrderCustomers those of them with fewer than three orders before the split
 * @param blendWeight the blend's weight of frequent items, chosen on the validation slice
 * @param policies every policy, best HR@10 first
 * @param bestBaseline the simple baseline with the best HR@10
 * @param auto what {@code auto} serves for this context
 */
public record ContextReport(
    String context,
    String strategy,
    String rules,
    int testCustomers,
    int fewOrderCustomers,
    double blendWeight,
    List<PolicyScore> policies,
    String bestBaseline,
    AutoReport auto) {

  public ContextReport {
    policies = List.copyOf(policies);
  }

  /**
   * {@code auto}'s choice.
   *
   * @param policy for customers with three orders or more
   * @param fewOrdersPolicy for customers with fewer orders and unknown visitors
   * @param reason why, in a sentence
   */
  public record AutoReport(
      String policy,
      double weight,
      String fewOrdersPolicy,
      double fewOrdersWeight,
      String reason) {}
}
