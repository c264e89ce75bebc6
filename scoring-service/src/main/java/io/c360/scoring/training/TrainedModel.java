package io.c360.scoring.training;

import java.util.List;

/** A trained model: the XGBoost booster (UBJSON bytes), its feature columns and its report. */
public record TrainedModel(
    String modelName, byte[] booster, List<String> features, TrainingReport report) {

  public TrainedModel {
    features = List.copyOf(features);
  }
}
