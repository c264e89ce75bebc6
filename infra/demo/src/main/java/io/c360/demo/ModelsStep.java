package io.c360.demo;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Step 4: trains {@code churn_90d} and {@code repurchase_30d} through scoring-service's training
 * jobs, prints each registered version's test metrics next to its baselines and whether it earned
 * champion (a version that does not beat its baselines is registered, not promoted, and its model
 * is not served), then batch-scores every profile with the models that have a champion and reports
 * the score files and the models it skipped.
 */
final class ModelsStep {

  static final List<String> MODELS = List.of("churn_90d", "repurchase_30d");
  private static final Duration TRAINING_TIMEOUT = Duration.ofMinutes(6);
  private static final Duration SCORING_TIMEOUT = Duration.ofMinutes(4);
  private static final Duration POLL = Duration.ofSeconds(1);

  /** Test-set metrics of one model or baseline. */
  record TestMetrics(
      double rocAuc, double prAuc, double logLoss, int rows, int positives, double topDecileLift) {

    static TestMetrics of(JsonNode m) {
      JsonNode deciles = m.path("deciles");
      return new TestMetrics(
          m.path("rocAuc").asDouble(Double.NaN),
          m.path("prAuc").asDouble(Double.NaN),
          m.path("logLoss").asDouble(Double.NaN),
          m.path("rows").asInt(0),
          m.path("positives").asInt(0),
          deciles.isEmpty() ? Double.NaN : deciles.get(0).path("lift").asDouble(Double.NaN));
    }
  }

  /** A registered version: its test metrics, its baselines' and whether it became champion. */
  record TrainedModel(
      String model,
      int version,
      boolean promoted,
      String decision,
      TestMetrics test,
      Map<String, TestMetrics> baselines,
      double calibratedLogLoss,
      Duration took) {}

  /**
   * A finished batch scoring run (no job, nothing scored, when no model has a champion), with the
   * score file of each model scored and the reason each other model was skipped.
   */
  record ScoringRun(
      String jobId,
      int profiles,
      int scored,
      int written,
      Map<String, String> files,
      Map<String, String> skipped) {}

  /** Both models and the batch scoring run. */
  record Models(List<TrainedModel> trained, ScoringRun scoring) {}

  private final Api scoring;
  private final PrintStream out;

  ModelsStep(Api scoring, PrintStream out) {
    this.scoring = scoring;
    this.out = out;
  }

  Models run() {
    Map<String, String> jobs = new LinkedHashMap<>();
    for (String model : MODELS) {
      JsonNode job = scoring.post("/v1/models/" + model + "/training-jobs", null, 202);
      jobs.put(model, job.path("id").asString());
    }
    out.printf(
        "      training jobs started (POST /v1/models/{name}/training-jobs): %s%n",
        String.join(
            ", ", jobs.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()));
    List<TrainedModel> trained = new ArrayList<>();
    for (Map.Entry<String, String> job : jobs.entrySet()) {
      trained.add(awaitTraining(job.getKey(), job.getValue()));
    }
    printMetrics(trained);
    ScoringRun run = score();
    return new Models(List.copyOf(trained), run);
  }

  private TrainedModel awaitTraining(String model, String jobId) {
    long started = System.nanoTime();
    String[] lastStage = {""};
    JsonNode done =
        Waiting.until(
            "scoring-service to finish training job " + jobId + " of " + model,
            TRAINING_TIMEOUT,
            POLL,
            () -> {
              JsonNode job = scoring.get("/v1/training-jobs/" + jobId);
              String status = job.path("status").asString("");
              String stage = job.path("stage").asString("");
              if (!stage.equals(lastStage[0]) && status.equals("running")) {
                out.printf("      %-15s %s%n", model, stage);
                out.flush();
                lastStage[0] = stage;
              }
              return status.equals("succeeded") || status.equals("failed")
                  ? Optional.of(job)
                  : Optional.empty();
            });
    if (done.path("status").asString().equals("failed")) {
      throw new DemoFailedException(
          "scoring-service could not train "
              + model
              + " (job "
              + jobId
              + "): "
              + done.path("error").asString("no reason given"));
    }
    int version = done.path("version").asInt();
    JsonNode details = scoring.get("/v1/models/" + model + "/versions/" + version);
    JsonNode report = details.path("report");
    Map<String, TestMetrics> baselines = new LinkedHashMap<>();
    report
        .path("baselines")
        .properties()
        .forEach(e -> baselines.put(e.getKey(), TestMetrics.of(e.getValue())));
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    boolean promoted = done.path("promoted").asBoolean(false);
    out.printf(
        "      %-15s version %d registered in %s; %s: %s%n",
        model,
        version,
        Steps.seconds(took),
        promoted ? "promoted to champion" : "NOT PROMOTED",
        done.path("decision").asString(""));
    JsonNode calibration = report.path("calibration");
    double calibrated = calibration.path("testLogLossAfter").asDouble(Double.NaN);
    if (!calibration.isMissingNode() && !calibration.isNull()) {
      out.printf(
          "      %-15s scores are calibrated (%s, fitted on %,d validation rows): test log loss"
              + " %.3f raw, %.3f calibrated%n",
          "",
          calibration.path("method").asString(""),
          calibration.path("fittedRows").asInt(),
          calibration.path("testLogLossBefore").asDouble(Double.NaN),
          calibrated);
    }
    for (JsonNode warning : report.path("warnings")) {
      out.printf("      %-15s WARNING: %s%n", "", warning.asString());
    }
    return new TrainedModel(
        model,
        version,
        promoted,
        done.path("decision").asString(""),
        TestMetrics.of(report.path("model")),
        baselines,
        calibrated,
        took);
  }

  private void printMetrics(List<TrainedModel> trained) {
    out.println();
    out.println(
        "      test metrics (held-out customers)   rows  positives  ROC AUC   PR AUC  log loss"
            + "  top-decile lift");
    for (TrainedModel m : trained) {
      line(m.model() + " v" + m.version() + " (XGBoost)", m.test());
      m.baselines().forEach((name, metrics) -> line("  baseline " + name, metrics));
    }
    out.println();
  }

  private void line(String label, TestMetrics m) {
    out.printf(
        "      %-32s %7d  %8.1f%%  %7.3f  %7.3f  %8.3f  %15.2f%n",
        label,
        m.rows(),
        m.rows() == 0 ? 0 : 100.0 * m.positives() / m.rows(),
        m.rocAuc(),
        m.prAuc(),
        m.logLoss(),
        m.topDecileLift());
  }

  private ScoringRun score() {
    Api.Response started =
        scoring.exchange("POST", "/v1/scoring-jobs", "{}".getBytes(StandardCharsets.UTF_8));
    if (started.status() == 400) {
      out.printf(
          "      batch scoring (POST /v1/scoring-jobs) has nothing to score: %s%n"
              + "      no model is served, so no profile gets a score this run%n",
          Api.problem(started.body()));
      return new ScoringRun("", 0, 0, 0, Map.of(), Map.of());
    }
    if (started.status() != 202) {
      throw new DemoFailedException(scoring.failure("POST", "/v1/scoring-jobs", started));
    }
    JsonNode job = started.body();
    String id = job.path("id").asString();
    Map<String, String> skipped = new LinkedHashMap<>();
    job.path("skipped").properties().forEach(e -> skipped.put(e.getKey(), e.getValue().asString()));
    out.printf("      batch scoring job %s (POST /v1/scoring-jobs) scores every profile...%n", id);
    skipped.forEach(
        (model, reason) ->
            out.printf("      skipped %-15s %s (no %s scores are served)%n", model, reason, model));
    JsonNode done =
        Waiting.until(
            "scoring-service to finish scoring job " + id,
            SCORING_TIMEOUT,
            POLL,
            () -> {
              JsonNode j = scoring.get("/v1/scoring-jobs/" + id);
              String status = j.path("status").asString("");
              return status.equals("succeeded") || status.equals("failed")
                  ? Optional.of(j)
                  : Optional.empty();
            });
    if (done.path("status").asString().equals("failed")) {
      throw new DemoFailedException(
          "scoring-service could not batch-score (job "
              + id
              + "): "
              + done.path("error").asString(""));
    }
    Map<String, String> files = new LinkedHashMap<>();
    done.path("files").properties().forEach(e -> files.put(e.getKey(), e.getValue().asString()));
    ScoringRun run =
        new ScoringRun(
            id,
            done.path("profiles").asInt(),
            done.path("scored").asInt(),
            done.path("written").asInt(),
            Map.copyOf(files),
            Map.copyOf(skipped));
    out.printf(
        "      %,d profiles read, %,d scores computed, %,d written onto profiles and c360.scores.v1%n",
        run.profiles(), run.scored(), run.written());
    files.forEach((model, key) -> out.printf("      score file %-15s %s%n", model, key));
    return run;
  }
}
