package io.c360.recommendation.evaluation;

import java.util.List;
import java.util.Optional;

/** Where finished evaluations are kept (owned by recommendation-service). */
public interface EvaluationStore {

  void save(Evaluation evaluation);

  Optional<Evaluation> find(String id);

  /** Every kept evaluation, newest first. */
  List<Evaluation> all();
}
