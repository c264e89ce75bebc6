package io.c360.common.score;

import java.time.Instant;
import java.util.List;

/**
 * A profile's score under one model, as stored in the profile's {@code scores} map (key: model
 * name) and published on {@code c360.scores.v1}.
 *
 * @param model the model name, e.g. {@code churn_90d}
 * @param modelVersion the registry version of the champion that scored
 * @param score the predicted probability, 0..1
 * @param scoredAt when the score was computed; features are as of this time
 * @param reasons the top reasons (largest absolute SHAP contributions), at most three
 */
public record ProfileScore(
    String model, int modelVersion, double score, Instant scoredAt, List<ScoreReason> reasons) {

  public ProfileScore {
    reasons = List.copyOf(reasons);
  }
}
