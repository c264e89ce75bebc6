package io.c360.recommendation.evaluation;

import io.c360.platform.problem.ApiProblem;
import io.c360.recommendation.evaluation.ContextReport.AutoReport;
import io.c360.recommendation.interaction.InteractionHistory;
import io.c360.recommendation.policy.Policy;
import io.c360.recommendation.policy.PolicyChoices;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluation jobs: checks a request against the history at once (a bad window is the caller's
 * error), runs the evaluation in the background with progress, keeps the result, and tells {@code
 * auto} the latest completed evaluation's choice per context.
 */
public class Evaluations implements PolicyChoices {

  private static final Logger log = LoggerFactory.getLogger(Evaluations.class);
  private static final DateTimeFormatter ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC);

  private final InteractionHistory history;
  private final Evaluator evaluator;
  private final EvaluationStore store;
  private final Clock clock;
  private final Executor executor;
  private final Map<String, Evaluation> running = new ConcurrentHashMap<>();
  private volatile @Nullable Evaluation latest;

  public Evaluations(
      InteractionHistory history,
      Evaluator evaluator,
      EvaluationStore store,
      Clock clock,
      Executor executor) {
    this.history = history;
    this.evaluator = evaluator;
    this.store = store;
    this.clock = clock;
    this.executor = executor;
  }

  /** Starts an evaluation; 400 when the request or the window does not fit the history. */
  public Evaluation start(EvaluationRequest request) {
    if (request.testDays() < 1 || request.testDays() > 365) {
      throw ApiProblem.badRequest("testDays must be between 1 and 365, not " + request.testDays());
    }
    if (request.bootstrapSamples() < 0 || request.bootstrapSamples() > 10_000) {
      throw ApiProblem.badRequest(
          "bootstrapSamples must be between 0 and 10000, not " + request.bootstrapSamples());
    }
    Evaluator.Split data;
    try {
      data = Evaluator.split(history.all(), request);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest(e.getMessage());
    }
    Instant now = clock.instant();
    String id = "ev-" + ID_TIME.format(now) + "-" + UUID.randomUUID().toString().substring(0, 8);
    Evaluation job =
        new Evaluation(id, Evaluation.Status.RUNNING, request, now, null, 0, "queued", null, null);
    running.put(id, job);
    executor.execute(() -> run(job, data));
    return job;
  }

  private void run(Evaluation job, Evaluator.Split data) {
    String id = job.id();
    Evaluation done;
    try {
      EvaluationReport report =
          evaluator.evaluate(
              data,
              job.request(),
              (fraction, phase) ->
                  running.computeIfPresent(id, (k, j) -> j.progressed(fraction, phase)));
      done = running.get(id).completed(report, clock.instant());
    } catch (RuntimeException e) {
      log.warn("evaluation {} failed", id, e);
      done = running.get(id).failed(String.valueOf(e.getMessage()), clock.instant());
    }
    try {
      store.save(done);
    } catch (RuntimeException e) {
      log.warn("evaluation {} could not be kept", id, e);
      running.put(
          id, done.failed("the report could not be kept: " + e.getMessage(), clock.instant()));
      return;
    }
    if (done.status() == Evaluation.Status.COMPLETED) {
      latest = done;
    }
    running.remove(id);
  }

  public Optional<Evaluation> get(String id) {
    Evaluation job = running.get(id);
    return job != null ? Optional.of(job) : store.find(id);
  }

  /** Running and kept evaluations, newest first. */
  public List<Evaluation> list() {
    List<Evaluation> all = new ArrayList<>(running.values());
    all.addAll(store.all());
    all.sort(Comparator.comparing(Evaluation::requestedAt).reversed());
    return all;
  }

  /** Re-reads the newest completed evaluation from the store (another instance may have run it). */
  public void refresh() {
    latest =
        store.all().stream()
            .filter(e -> e.status() == Evaluation.Status.COMPLETED)
            .findFirst()
            .orElse(latest);
  }

  @Override
  public Optional<AutoChoice> latest(String context) {
    Evaluation evaluation = latest;
    if (evaluation == null || evaluation.report() == null) {
      return Optional.empty();
    }
    return evaluation.report().contexts().stream()
        .filter(c -> c.context().equals(context))
        .findFirst()
        .map(c -> choice(evaluation.id(), c.auto()));
  }

  private static AutoChoice choice(String id, AutoReport auto) {
    return new AutoChoice(
        id,
        new Policy(auto.policy(), auto.weight()),
        new Policy(auto.fewOrdersPolicy(), auto.fewOrdersWeight()));
  }
}
