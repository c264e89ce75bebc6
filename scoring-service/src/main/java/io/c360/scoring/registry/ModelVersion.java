package io.c360.scoring.registry;

import io.c360.scoring.model.ModelDefinition;
import io.c360.scoring.training.TrainingReport;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A trained model in the registry: its artifact (in the blob store at {@code artifactKey}) and what
 * is needed to trust it: the definition it was trained from, data range, parameters, metrics and
 * the feature list, and what became of it on arrival (promoted or not, and why).
 */
public record ModelVersion(
    String model,
    int version,
    Instant trainedAt,
    String trainingJobId,
    int definitionVersion,
    ModelDefinition definition,
    List<String> features,
    TrainingReport report,
    String artifactKey,
    @Nullable PromotionDecision decision) {

  public ModelVersion {
    features = List.copyOf(features);
  }

  ModelVersion withDecision(PromotionDecision decision) {
    return new ModelVersion(
        model,
        version,
        trainedAt,
        trainingJobId,
        definitionVersion,
        definition,
        features,
        report,
        artifactKey,
        decision);
  }

  /**
   * Whether a new version became champion on arrival, why, and each comparison the gate made
   * (absent in versions registered before the gate recorded them).
   */
  public record PromotionDecision(boolean promoted, String reason, List<GateCheck> checks) {

    public PromotionDecision {
      checks = checks == null ? List.of() : List.copyOf(checks);
    }
  }

  /**
   * One comparison of the promotion gate: against a baseline or the champion, its test ROC AUC on
   * the same rows (null when it could not be evaluated), the margin the version had to beat it by,
   * and whether it did.
   */
  public record GateCheck(String against, @Nullable Double rocAuc, double margin, boolean passed) {}
}
