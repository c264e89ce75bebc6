package io.c360.recommendation.interaction;

import java.util.List;

/**
 * Something that learns from customers' interactions (every recommendation backend): it is told
 * each new interaction and forgets an erased profile.
 */
public interface InteractionLearner {

  /** The learner's name, e.g. {@code embedded} or {@code personalize}. */
  String name();

  /** Live interactions, as they happen: the learner learns from them. */
  void record(List<Interaction> interactions);

  /** Right to erasure: the learner forgets (or schedules forgetting) the profile's interactions. */
  void forget(String profileId);
}
