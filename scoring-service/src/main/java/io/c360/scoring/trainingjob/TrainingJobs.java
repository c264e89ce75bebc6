package io.c360.scoring.trainingjob;

import io.c360.scoring.features.CustomerHistory;
import io.c360.scoring.history.HistoryReader;
import io.c360.scoring.problem.UnknownResourceException;
import io.c360.scoring.registry.ModelRegistry;
import io.c360.scoring.registry.ModelVersion;
import io.c360.scoring.registry.StoredDefinition;
import io.c360.scoring.training.ScoringModel;
import io.c360.scoring.training.TrainedModel;
import io.c360.scoring.training.Trainer;
import io.c360.scoring.training.TrainingProgress;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Runs training as jobs, one at a time (training uses every core it is given), and keeps each job's
 * progress for {@code GET /v1/training-jobs/{id}}. Jobs live in memory: a restart forgets queued
 * and running jobs (their models were not registered) but never a registered version.
 */
@Service
public class TrainingJobs {

  private static final Logger log = LoggerFactory.getLogger(TrainingJobs.class);

  private final ModelRegistry registry;
  private final HistoryReader histories;
  private final Trainer trainer;
  private final ExecutorService executor;
  private final Clock clock;
  private final Map<String, TrainingJob> jobs = new ConcurrentHashMap<>();

  TrainingJobs(
      ModelRegistry registry,
      HistoryReader histories,
      Trainer trainer,
      @Qualifier("trainingExecutor") ExecutorService executor,
      Clock clock) {
    this.registry = registry;
    this.histories = histories;
    this.trainer = trainer;
    this.executor = executor;
    this.clock = clock;
  }

  /** Queues a training run of the model's newest definition. */
  public TrainingJob start(String model, String requestedBy) {
    StoredDefinition definition = registry.definition(model);
    TrainingJob job =
        TrainingJob.queued(UUID.randomUUID().toString(), model, requestedBy, clock.instant());
    jobs.put(job.id(), job);
    executor.execute(() -> run(job.id(), definition));
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
        .sorted(Comparator.comparing(TrainingJob::createdAt).reversed())
        .toList();
  }

  private void run(String id, StoredDefinition definition) {
    update(id, j -> j.running("loading histories", clock.instant()));
    try {
      List<CustomerHistory> histories = this.histories.allActive();
      ScoringModel champion =
          registry.championModel(definition.name()).map(m -> m.model()).orElse(null);
      TrainedModel trained =
          trainer.train(
              definition.definition(),
              histories,
              Trainer.dataEnd(histories, clock.instant()),
              champion,
              progress(id));
      update(id, j -> j.running("registering", clock.instant()));
      ModelVersion version = registry.register(trained, definition, id);
      update(
          id,
          j ->
              j.succeeded(
                  version.version(),
                  version.decision().promoted(),
                  version.decision().reason(),
                  clock.instant()));
      log.info(
          "trained {} v{} (test ROC AUC {}): {}",
          definition.name(),
          version.version(),
          version.report().model().rocAuc(),
          version.decision().reason());
    } catch (RuntimeException e) {
      log.warn("training job {} of {} failed", id, definition.name(), e);
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      update(id, j -> j.failed(message, clock.instant()));
    }
  }

  private TrainingProgress progress(String id) {
    return new TrainingProgress() {
      @Override
      public void stage(String stage) {
        update(id, j -> j.running(stage, clock.instant()));
      }

      @Override
      public void round(int round, int maxRounds, double validationLogLoss) {
        update(id, j -> j.round(round, maxRounds, validationLogLoss));
      }
    };
  }

  private void update(String id, UnaryOperator<TrainingJob> change) {
    jobs.computeIfPresent(id, (key, job) -> change.apply(job));
  }
}
