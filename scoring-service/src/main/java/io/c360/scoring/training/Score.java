package io.c360.scoring.training;

import java.util.List;

/** A predicted probability and the features that moved it most. */
public record Score(double probability, List<Reason> reasons) {

  public Score {
    reasons = List.copyOf(reasons);
  }
}
