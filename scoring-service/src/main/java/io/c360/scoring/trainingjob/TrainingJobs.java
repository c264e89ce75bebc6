package io.c360.scoring.trainingjob;

import io.c360.scoring.features.CustomerHistory;
import io.c360.scoring.history.TimelineReader;
import io.c360.scoring.problem.UnknownResourceException;
import io.c360.scoring.registry.ModelRegistry;
import io.c360.scoring.registry.ModelVersion;
import io.c360.scoring.registry.StoredDefinition;
import io.c360.scoring.training.ScoringModel;
import io.c360.scoring.training.TrainedModel;
import io.c360.scoring.training.Trainer;
import io.c360.scoring.training.TrainingProgress;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs training as jobs, one at a time (training uses every core it is given), and keeps each job's
 * progress for {@code GET /v1/training-jobs/{id}}. Jobs live in memory: a restart forgets queued
 * and running jobs (their models were not registered) but never a registered version.
 */
public class TrainingJobs {

  private static final Logger log = LoggerFactory.getLogger(TrainingJobs.class);

  private final ModelRegistry registry;
  private final TimelineReader timelines;
  private final Trainer trainer;
  private final ExecutorService executor;
  private final Clock clock;
  private final Map<String, TrainingJob> jobs = new ConcurrentHashMap<>();

  public TrainingJobs(
      ModelRegistry registry,
      TimelineReader timelines,
      Trainer trainer,
      ExecutorService executor,
      Clock clock) {
    this.registry = registry;
    this.timelines = timelines;
    this.trainer = trainer;
    this.executor = executor;
    this.clock = clock;
  }

  /** Queues a training run of the model's newest definition. */
  public TrainingJob start(String model, String requestedBy) {
    StoredDefinition definition = registry.definition(model);
    String id = UUID.randomUUID().toString();
    TrainingJob job =
        new TrainingJob(
            id,
            model,
            requestedBy,
            "queued",
            "queued",
            0,
            0,
            null,
            clock.instant(),
            null,
            null,
            null,
            null,
            null,
            null);
    jobs.put(id, job);
    executor.execute(() -> run(id, definition));
    return job;
  }

  public TrainingJob get(String id) {
    TrainingJob job = jobs.get(id);
    if (job == null) {
      throw new UnknownResourceException("no training job '" + id + "'");
    }
    return job;
  }

  public List<TrainingJob> all() {
    return jobs.values().stream()
        .sorted(java.util.Comparator.comparing(TrainingJob::createdAt).reversed())
        .toList();
  }

  private void run(String id, StoredDefinition definition) {
    update(id, j -> with(j, "running", "loading histories", clock.instant(), null));
    try {
      List<CustomerHistory> histories = timelines.allActive();
      ScoringModel champion =
          registry.championModel(definition.name()).map(m -> m.model()).orElse(null);
      TrainedModel trained =
          trainer.train(
              definition.definition(), histories, clock.instant(), champion, progress(id));
      update(id, j -> with(j, "running", "registering", j.startedAt(), null));
      ModelVersion version = registry.register(trained, definition, id);
      update(
          id,
          j ->
              new TrainingJob(
                  j.id(),
                  j.model(),
                  j.requestedBy(),
                  "succeeded",
                  "done",
                  j.roundsDone(),
                  j.maxRounds(),
                  j.validationLogLoss(),
                  j.createdAt(),
                  j.startedAt(),
                  clock.instant(),
                  version.version(),
                  version.decision().promoted(),
                  version.decision().reason(),
                  null));
      log.info(
          "trained {} v{} (test ROC AUC {}): {}",
          definition.name(),
          version.version(),
          version.report().model().rocAuc(),
          version.decision().reason());
    } catch (RuntimeException e) {
      log.warn("training job {} of {} failed", id, definition.name(), e);
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      update(
          id,
          j ->
              new TrainingJob(
                  j.id(),
                  j.model(),
                  j.requestedBy(),
                  "failed",
                  j.stage(),
                  j.roundsDone(),
                  j.maxRounds(),
                  j.validationLogLoss(),
                  j.createdAt(),
                  j.startedAt(),
                  clock.instant(),
                  null,
                  null,
                  null,
                  message));
    }
  }

  private TrainingProgress progress(String id) {
    return new TrainingProgress() {
      @Override
      public void stage(String stage) {
        update(id, j -> with(j, "running", stage, j.startedAt(), null));
      }

      @Override
      public void round(int round, int maxRounds, double validationLogLoss) {
        update(
            id,
            j ->
                new TrainingJob(
                    j.id(),
                    j.model(),
                    j.requestedBy(),
                    j.status(),
                    j.stage(),
                    round,
                    maxRounds,
                    Double.isFinite(validationLogLoss) ? validationLogLoss : null,
                    j.createdAt(),
                    j.startedAt(),
                    null,
                    null,
                    null,
                    null,
                    null));
      }
    };
  }

  private static TrainingJob with(
      TrainingJob j,
      String status,
      String stage,
      @Nullable Instant startedAt,
      @Nullable String error) {
    return new TrainingJob(
        j.id(),
        j.model(),
        j.requestedBy(),
        status,
        stage,
        j.roundsDone(),
        j.maxRounds(),
        j.validationLogLoss(),
        j.createdAt(),
        startedAt,
        j.finishedAt(),
        j.version(),
        j.promoted(),
        j.decision(),
        error);
  }

  private void update(String id, UnaryOperator<TrainingJob> change) {
    jobs.computeIfPresent(id, (key, job) -> change.apply(job));
  }
}
