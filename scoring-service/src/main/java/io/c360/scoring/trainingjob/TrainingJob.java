package io.c360.scoring.trainingjob;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A training run as the API shows it.
 *
 * @param status {@code queued}, {@code running}, {@code succeeded} or {@code failed}
 * @param stage what the run is doing: {@code queued}, {@code loading histories}, then the trainer's
 *     stages ({@code building training set}, {@code searching}, {@code training}, {@code
 *     evaluating}, ...), {@code registering}, {@code done}
 * @param roundsDone boosting rounds done by the current fit
 * @param maxRounds the current fit's round limit
 * @param validationLogLoss the current fit's latest validation log loss
 * @param version the registered version, once succeeded
 * @param promoted whether that version became champion
 * @param decision why it was or was not promoted
 * @param error what went wrong, when failed
 */
public record TrainingJob(
    String id,
    String model,
    String requestedBy,
    String status,
    String stage,
    int roundsDone,
    int maxRounds,
    @Nullable Double validationLogLoss,
    Instant createdAt,
    @Nullable Instant startedAt,
    @Nullable Instant finishedAt,
    @Nullable Integer version,
    @Nullable Boolean promoted,
    @Nullable String decision,
    @Nullable String error) {

  static TrainingJob queued(String id, String model, String requestedBy, Instant at) {
    return new TrainingJob(
        id,
        model,
        requestedBy,
        "queued",
        "queued",
        0,
        0,
        null,
        at,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** Running, at {@code stage}; started at {@code startedAt} (kept once set). */
  TrainingJob running(String stage, Instant startedAt) {
    return new TrainingJob(
        id,
        model,
        requestedBy,
        "running",
        stage,
        roundsDone,
        maxRounds,
        validationLogLoss,
        createdAt,
        this.startedAt != null ? this.startedAt : startedAt,
        null,
        null,
        null,
        null,
        null);
  }

  TrainingJob round(int round, int max, double validationLogLoss) {
    return new TrainingJob(
        id,
        model,
        requestedBy,
        status,
        stage,
        round,
        max,
        Double.isFinite(validationLogLoss) ? validationLogLoss : null,
        createdAt,
        startedAt,
        null,
        null,
        null,
        null,
        null);
  }

  TrainingJob succeeded(int version, boolean promoted, String decision, Instant at) {
    return new TrainingJob(
        id,
        model,
        requestedBy,
        "succeeded",
        "done",
        roundsDone,
        maxRounds,
        validationLogLoss,
        createdAt,
        startedAt,
        at,
        version,
        promoted,
        decision,
        null);
  }

  TrainingJob failed(String error, Instant at) {
    return new TrainingJob(
        id,
        model,
        requestedBy,
        "failed",
        stage,
        roundsDone,
        maxRounds,
        validationLogLoss,
        createdAt,
        startedAt,
        at,
        null,
        null,
        null,
        error);
  }
}
