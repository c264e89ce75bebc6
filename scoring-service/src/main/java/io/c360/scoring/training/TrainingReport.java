package io.c360.scoring.training;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What training produced, measured on the held-out test customers: the model (raw probabilities),
 * the baselines ("recency", "logistic") and, when given, the champion on the same test rows; the
 * calibration fitted on validation and measured on test (absent in versions trained before it
 * existed); and warnings a reader should act on (a suspected leak).
 */
public record TrainingReport(
    Metrics model,
    Map<String, Metrics> baselines,
    @Nullable Metrics championOnSameTest,
    List<FeatureImportance> importance,
    Map<String, Object> parameters,
    int bestRound,
    DataRange data,
    @Nullable Calibration calibration,
    List<String> warnings) {

  public TrainingReport {
    baselines = Collections.unmodifiableMap(new LinkedHashMap<>(baselines)); // recency first
    importance = List.copyOf(importance);
    parameters = Map.copyOf(parameters);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }
}
