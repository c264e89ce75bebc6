package io.c360.scoring.scoring;

import io.c360.scoring.features.CustomerHistory;
import io.c360.scoring.history.HistoryReader;
import io.c360.scoring.problem.InvalidRequestException;
import io.c360.scoring.problem.UnknownResourceException;
import io.c360.scoring.registry.ModelRegistry.LoadedModel;
import io.c360.scoring.scoring.ProfileScorer.ModelScores;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Batch scoring: every active profile of scoring's own history, every requested model with a
 * champion; scores into scoring's score store, on {@code c360.scores.v1}, and into one score file
 * per model. A requested model without a champion (never trained, or no version earned champion) is
 * skipped and the job says why; when no requested model has one, the request is refused. Runs as a
 * job, one at a time; jobs live in memory (a restart forgets them, not the scores already written).
 */
@Service
public class BatchScoring {

  private static final Logger log = LoggerFactory.getLogger(BatchScoring.class);

  private final HistoryReader histories;
  private final ProfileScorer scorer;
  private final ScoreDelivery delivery;
  private final ScoreFiles files;
  private final ExecutorService executor;
  private final Clock clock;
  private final Map<String, ScoringJob> jobs = new ConcurrentHashMap<>();

  BatchScoring(
      HistoryReader histories,
      ProfileScorer scorer,
      ScoreDelivery delivery,
      ScoreFiles files,
      @Qualifier("scoringExecutor") ExecutorService executor,
      Clock clock) {
    this.histories = histories;
    this.scorer = scorer;
    this.delivery = delivery;
    this.files = files;
    this.executor = executor;
    this.clock = clock;
  }

  /**
   * Queues a run over the given models (every model when empty); models without a champion are
   * skipped, with the reason in the job.
   */
  public ScoringJob start(List<String> models, String requestedBy) {
    for (String model : models) {
      scorer.champion(model); // 404 for an unknown model
    }
    List<LoadedModel> champions = scorer.champions(models);
    Map<String, String> skipped = scorer.withoutChampion(models);
    if (champions.isEmpty()) {
      List<String> reasons =
          skipped.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList();
      throw new InvalidRequestException(
          "nothing to score: no "
              + (models.isEmpty() ? "model" : "requested model")
              + " has a champion ("
              + String.join("; ", reasons)
              + ")",
          reasons);
    }
    skipped.forEach((model, reason) -> log.info("batch scoring skips {}: {}", model, reason));
    String id = UUID.randomUUID().toString();
    List<String> names = champions.stream().map(c -> c.version().model()).toList();
    ScoringJob job =
        new ScoringJob(
            id,
            requestedBy,
            names,
            skipped,
            "queued",
            0,
            0,
            0,
            Map.of(),
            clock.instant(),
            null,
            null,
            null);
    jobs.put(id, job);
    executor.execute(() -> run(id, champions));
    return job;
  }

  public ScoringJob get(String id) {
    ScoringJob job = jobs.get(id);
    if (job == null) {
      throw new UnknownResourceException("no scoring job '" + id + "'");
    }
    return job;
  }

  public List<ScoringJob> all() {
    return jobs.values().stream()
        .sorted(Comparator.comparing(ScoringJob::createdAt).reversed())
        .toList();
  }

  private void run(String id, List<LoadedModel> champions) {
    Instant started = clock.instant();
    update(
        id,
        j ->
            copy(
                j,
                "running",
                j.profiles(),
                j.scored(),
                j.written(),
                j.files(),
                started,
                null,
                null));
    try {
      List<CustomerHistory> histories = this.histories.allActive();
      Instant asOf = clock.instant();
      int scored = 0;
      int written = 0;
      Map<String, String> keys = new LinkedHashMap<>();
      for (LoadedModel champion : champions) {
        ModelScores scores = scorer.score(champion, histories, asOf);
        scored += scores.scored().size();
        written += delivery.deliver(scores.scored());
        keys.put(
            champion.version().model(),
            files.write(
                champion.version().model(),
                champion.version().version(),
                id,
                asOf,
                new ArrayList<>(scores.scored())));
        int s = scored;
        int w = written;
        Map<String, String> k = Map.copyOf(keys);
        update(id, j -> copy(j, "running", histories.size(), s, w, k, started, null, null));
      }
      int s = scored;
      int w = written;
      update(
          id,
          j -> copy(j, "succeeded", histories.size(), s, w, keys, started, clock.instant(), null));
      log.info(
          "scoring job {}: {} profiles, {} scores written, files {}",
          id,
          histories.size(),
          w,
          keys);
    } catch (RuntimeException e) {
      log.warn("scoring job {} failed", id, e);
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      update(
          id,
          j ->
              copy(
                  j,
                  "failed",
                  j.profiles(),
                  j.scored(),
                  j.written(),
                  j.files(),
                  started,
                  clock.instant(),
                  message));
    }
  }

  private static ScoringJob copy(
      ScoringJob j,
      String status,
      int profiles,
      int scored,
      int written,
      Map<String, String> files,
      Instant startedAt,
      @Nullable Instant finishedAt,
      @Nullable String error) {
    return new ScoringJob(
        j.id(),
        j.requestedBy(),
        j.models(),
        j.skipped(),
        status,
        profiles,
        scored,
        written,
        files,
        j.createdAt(),
        startedAt,
        finishedAt,
        error);
  }

  private void update(String id, UnaryOperator<ScoringJob> change) {
    jobs.computeIfPresent(id, (key, job) -> change.apply(job));
  }
}
