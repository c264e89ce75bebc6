package io.c360.recommendation.policy;

import java.util.Optional;

/** What {@code auto} follows: the latest evaluation's choice per context. */
public interface PolicyChoices {

  /** The latest completed evaluation's choice for the context, if any evaluation measured it. */
  Optional<AutoChoice> latest(String context);

  /**
   * The policies {@code auto} serves for one context.
   *
   * @param regular for customers with at least {@code fewOrders} orders
   * @param fewOrders for customers with fewer orders (and unknown visitors)
   */
  record AutoChoice(String evaluationId, Policy regular, Policy fewOrders) {}

  /** Fewer orders than this and a customer counts as new: {@link AutoChoice#fewOrders()}. */
  int FEW_ORDERS = 3;
}
