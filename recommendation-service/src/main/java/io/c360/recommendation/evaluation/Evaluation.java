package io.c360.recommendation.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An evaluation job: its request, how far it got, and its report once done.
 *
 * @param progress 0 to 1
 * @param phase what it is doing now (or did last)
 * @param error why it failed, when it did
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Evaluation(
    String id,
    Status status,
    EvaluationRequest request,
    Instant requestedAt,
    @Nullable Instant finishedAt,
    double progress,
    @Nullable String phase,
    @Nullable EvaluationReport report,
    @Nullable String error) {

  /** A job's state. */
  public enum Status {
    RUNNING,
    COMPLETED,
    FAILED
  }

  Evaluation progressed(double fraction, String now) {
    return new Evaluation(
        id, status, request, requestedAt, finishedAt, fraction, now, report, error);
  }

  Evaluation completed(EvaluationReport result, Instant at) {
    return new Evaluation(id, Status.COMPLETED, request, requestedAt, at, 1, "done", result, null);
  }

  Evaluation failed(String reason, Instant at) {
    return new Evaluation(
        id, Status.FAILED, request, requestedAt, at, progress, phase, null, reason);
  }
}
