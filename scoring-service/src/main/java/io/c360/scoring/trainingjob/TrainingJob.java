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
    @Nullable String error) {}
