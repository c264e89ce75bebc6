package io.c360.bench;

import io.c360.common.json.EventJson;
import io.c360.common.score.ProfileScore;
import io.c360.common.score.ScoreReason;
import io.c360.devstack.DevStack;
import io.c360.devstack.DevStackClients;
import io.c360.scoring.ScoringTables;
import io.c360.scoring.features.CustomerHistory;
import io.c360.scoring.features.Features;
import io.c360.scoring.features.HistoryEvent;
import io.c360.scoring.history.HistoryEntry;
import io.c360.scoring.history.dynamodb.DynamoDbHistoryStore;
import io.c360.scoring.model.ModelDefinition;
import io.c360.scoring.model.ModelDefinitions;
import io.c360.scoring.model.TrainingSettings;
import io.c360.scoring.scoring.dynamodb.DynamoDbScoreStore;
import io.c360.scoring.training.Score;
import io.c360.scoring.training.ScoringModel;
import io.c360.scoring.training.Trainer;
import io.c360.scoring.training.TrainingProgress;
import io.c360.synthetic.RetailWorld;
import io.c360.synthetic.WorldSpec;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Benchmark for scoring-service's models: how long training takes for N customers x the feature set
 * x R rounds, and how many profiles per second batch scoring handles (features + prediction), each
 * next to a baseline measured in the same run; then, on a devstack's DynamoDB Local, scoring's own
 * history projection (storing the events, reading every history back) and the score writes into
 * scoring's own {@code scoring-scores} table.
 *
 * <p>Usage: {@code ./bench/scoring-bench.sh [--customers 100000] [--rounds 200] [--threads 2]
 * [--batch 10000] [--seed 7] [--writes 20000]} ({@code --writes 0} skips the DynamoDB part)
 */
public final class ScoringBench {

  private ScoringBench() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = BenchArgs.parse(args);
    int customers = BenchArgs.intArg(options, "customers", 100_000);
    int rounds = BenchArgs.intArg(options, "rounds", 200);
    int threads = BenchArgs.intArg(options, "threads", 2);
    int batch = BenchArgs.intArg(options, "batch", 10_000);
    long seed = Long.parseLong(options.getOrDefault("seed", "7"));
    ModelDefinition definition = ModelDefinitions.shipped("repurchase_30d");
    List<String> features = definition.features();

    System.out.printf(
        Locale.ROOT,
        "scoring bench: %,d customers, %d features, %d rounds, %d threads, %d cores, load %.2f%n",
        customers,
        features.size(),
        rounds,
        threads,
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

    // --- generation (aside) ---
    long start = System.nanoTime();
    Instant end = Instant.parse("2026-01-01T00:00:00Z");
    RetailWorld world =
        RetailWorld.generate(WorldSpec.of(seed, customers, end)); // one year of history
    List<CustomerHistory> histories =
        world.customers().parallelStream()
            .map(
                c ->
                    new CustomerHistory(
                        c.customerId(),
                        world.events(c.customerId()).stream().map(HistoryEvent::of).toList()))
            .toList();
    long events = histories.stream().mapToLong(h -> h.events().size()).sum();
    System.out.printf(
        Locale.ROOT,
        "generated %,d events (%.1f per customer) in %.1f s (not measured below)%n",
        events,
        (double) events / customers,
        seconds(start));

    var rows = new ArrayList<Row>();
    // --- training: one cutoff, every customer, fixed parameters ---
    Instant cutoff = world.end().minus(Duration.ofDays(definition.label().windowDays()));
    start = System.nanoTime();
    float[] data = features(histories, cutoff, features, threads);
    double featureSeconds = seconds(start);
    float[] labels = new float[customers];
    for (int i = 0; i < customers; i++) {
      labels[i] = definition.label().positive(histories.get(i), cutoff) ? 1 : 0;
    }
    DMatrix train = new DMatrix(data, customers, features.size(), Float.NaN);
    train.setLabel(labels);
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("objective", "binary:logistic");
    parameters.put("tree_method", "hist");
    parameters.put("max_depth", 6);
    parameters.put("eta", 0.1);
    parameters.put("subsample", 0.8);
    parameters.put("colsample_bytree", 0.8);
    parameters.put("nthread", threads);
    parameters.put("seed", seed);
    parameters.put("verbosity", 0);
    start = System.nanoTime();
    Booster booster = XGBoost.train(train, parameters, rounds, Map.of(), null, null);
    double fitSeconds = seconds(start);
    byte[] bytes = booster.toByteArray("ubj");
    booster.dispose();
    train.dispose();
    rows.add(
        new Row(
            "training set features, " + customers + " rows at one cutoff",
            featureSeconds,
            customers / featureSeconds));
    rows.add(
        new Row(
            "XGBoost fit, " + rounds + " rounds, hist, fixed parameters",
            fitSeconds,
            customers / fitSeconds));
    rows.add(
        new Row(
            "training total (features + fit)",
            featureSeconds + fitSeconds,
            customers / (featureSeconds + fitSeconds)));

    // --- the whole Trainer job: 1 cutoff, 1 candidate, no early stop; plus baselines, report ---
    var t = definition.training();
    var job =
        new ModelDefinition(
            definition.name(),
            definition.description(),
            definition.population(),
            definition.label(),
            features,
            new TrainingSettings(1, 30, 0.1, 0.1, rounds, rounds, 1, seed, threads));
    start = System.nanoTime();
    new Trainer().train(job, histories, world.end(), null, TrainingProgress.NONE);
    double jobSeconds = seconds(start);
    rows.add(
        new Row(
            "Trainer.train job (search of 1, final refit, 2 baselines, report; "
                + t.cutoffs()
                + "→1 cutoff)",
            jobSeconds,
            customers / jobSeconds));

    // --- batch scoring at the data end ---
    Instant asOf = world.end();
    try (ScoringModel model = ScoringModel.load(bytes, features)) {
      for (int warmup = 0; warmup < 2; warmup++) {
        scoreAll(histories, asOf, model, batch, threads, false);
        model.score(
            rowList(features(histories.subList(0, batch), asOf, features, 1), features.size()));
      }
      float[] all = features(histories, asOf, features, threads);
      rows.add(
          best(
              "features only (" + threads + " threads)",
              customers,
              3,
              () -> features(histories, asOf, features, threads)));
      rows.add(
          best(
              "features only (1 thread)",
              customers,
              3,
              () -> features(histories, asOf, features, 1)));
      rows.add(
          best(
              "prediction only (probabilities, batches of " + batch + ")",
              customers,
              3,
              () -> predict(model, all, customers, features.size(), batch)));
      rows.add(
          best(
              "features + prediction (batches of " + batch + ")",
              customers,
              3,
              () -> scoreAll(histories, asOf, model, batch, threads, false)));
      int explained = Math.min(customers, 20_000);
      rows.add(
          best(
              "features + prediction + SHAP top-3 reasons",
              explained,
              3,
              () -> scoreAll(histories.subList(0, explained), asOf, model, batch, threads, true)));
    }

    // --- on DynamoDB Local: the history projection, and scores (with reasons) into scoring-scores
    // ---
    int writes = Math.min(customers, Integer.parseInt(options.getOrDefault("writes", "20000")));
    if (writes > 0) {
      try (ScoringModel model = ScoringModel.load(bytes, features)) {
        rows.addAll(withWrites(histories.subList(0, writes), asOf, model, batch, threads));
      }
    }

    System.out.println();
    System.out.println("| step | seconds | profiles/s |");
    System.out.println("|---|---:|---:|");
    for (Row row : rows) {
      System.out.printf(
          Locale.ROOT, "| %s | %.2f | %,.0f |%n", row.step(), row.seconds(), row.perSecond());
    }
    System.out.printf(
        Locale.ROOT,
        "%nload average after the run: %.2f%n",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private record Row(String step, double seconds, double perSecond) {}

  /**
   * Starts a devstack, then times scoring's history projection (scoring-service's {@code
   * DynamoDbHistoryStore}: every event stored as a compact item with BatchWriteItem, in batches of
   * 500 events as the listener receives them; then every history read back with a parallel Scan, as
   * batch scoring and training read it), the score writes alone (its {@code DynamoDbScoreStore}: a
   * conditional UpdateItem per profile into {@code scoring-scores}, 16 in parallel, in chunks of
   * 500 as a scoring job writes them) and a whole scoring pass with them (features, prediction,
   * reasons, writes).
   */
  private static List<Row> withWrites(
      List<CustomerHistory> histories, Instant asOf, ScoringModel model, int batch, int threads)
      throws Exception {
    System.setProperty("aws.accessKeyId", DevStackClients.LOCAL_ACCESS_KEY_ID);
    System.setProperty("aws.secretAccessKey", DevStackClients.LOCAL_SECRET_ACCESS_KEY);
    System.setProperty("aws.region", DevStackClients.REGION.id());
    String prefix = "c360-bench-scores-";
    long t0 = System.nanoTime();
    try (DevStack stack =
            DevStack.startChildProcess(
                DevStack.Options.defaults()
                    .withTablePrefix(prefix)
                    .withJvmArgs(List.of("-Xmx1536m", "-XX:TieredStopAtLevel=4")));
        DynamoDbClient dynamo = DevStackClients.dynamoDb(stack)) {
      // scoring-service creates these when it starts; the bench uses its stores without it
      stack.createTables(List.of(ScoringTables.SCORING_HISTORY, ScoringTables.SCORING_SCORES));
      System.out.printf(Locale.ROOT, "devstack started in %.1f s (not measured)%n", seconds(t0));
      List<Row> rows = new ArrayList<>();
      DynamoDbHistoryStore history =
          new DynamoDbHistoryStore(dynamo, ScoringTables.SCORING_HISTORY.physicalName(prefix));
      List<HistoryEntry> entries = new ArrayList<>();
      for (CustomerHistory h : histories) {
        for (int i = 0; i < h.events().size(); i++) {
          entries.add(new HistoryEntry(h.profileId(), "m" + i, h.events().get(i)));
        }
      }
      long start = System.nanoTime();
      for (int from = 0; from < entries.size(); from += 500) {
        history.append(entries.subList(from, Math.min(entries.size(), from + 500)));
      }
      double appendSeconds = seconds(start);
      rows.add(
          new Row(
              "history projection: store "
                  + entries.size()
                  + " events (BatchWriteItem, 500 per listener batch), profiles/s",
              appendSeconds,
              histories.size() / appendSeconds));
      start = System.nanoTime();
      int read = history.allActive().size();
      double readSeconds = seconds(start);
      if (read != histories.size()) {
        throw new IllegalStateException(
            read + " histories read back, " + histories.size() + " stored");
      }
      rows.add(
          new Row(
              "history projection: read every history back (parallel Scan, 4 segments)",
              readSeconds,
              read / readSeconds));
      String table = ScoringTables.SCORING_SCORES.physicalName(prefix);
      DynamoDbScoreStore store =
          new DynamoDbScoreStore(dynamo, table, EventJson.mapper(), Clock.systemUTC());
      int columns = model.features().size();

      List<Map<String, List<ProfileScore>>> chunks = new ArrayList<>();
      for (int from = 0; from < histories.size(); from += 500) {
        var slice = histories.subList(from, Math.min(histories.size(), from + 500));
        chunks.add(
            profileScores(
                slice,
                model.score(rowList(features(slice, asOf, model.features(), threads), columns)),
                asOf));
      }
      start = System.nanoTime();
      for (var chunk : chunks) {
        store.write(chunk);
      }
      double writeSeconds = seconds(start);

      start = System.nanoTime();
      for (int from = 0; from < histories.size(); from += batch) {
        var slice = histories.subList(from, Math.min(histories.size(), from + batch));
        List<Score> scores =
            model.score(rowList(features(slice, asOf, model.features(), threads), columns));
        for (int c = 0; c < slice.size(); c += 500) {
          int to = Math.min(slice.size(), c + 500);
          store.write(profileScores(slice.subList(c, to), scores.subList(c, to), asOf));
        }
      }
      double allSeconds = seconds(start);
      rows.add(
          new Row(
              "score writes into scoring-scores only (DynamoDB Local, conditional UpdateItem, 16 parallel)",
              writeSeconds,
              histories.size() / writeSeconds));
      rows.add(
          new Row(
              "features + prediction + SHAP reasons + writes",
              allSeconds,
              histories.size() / allSeconds));
      return rows;
    }
  }

  private static Map<String, List<ProfileScore>> profileScores(
      List<CustomerHistory> histories, List<Score> scores, Instant asOf) {
    Map<String, List<ProfileScore>> byProfile = new java.util.LinkedHashMap<>();
    for (int i = 0; i < histories.size(); i++) {
      Score score = scores.get(i);
      List<ScoreReason> reasons = new ArrayList<>();
      score
          .reasons()
          .forEach(
              r ->
                  reasons.add(
                      new ScoreReason(
                          r.feature(),
                          Float.isNaN(r.value()) ? null : (double) r.value(),
                          r.contribution())));
      byProfile.put(
          histories.get(i).profileId(),
          List.of(new ProfileScore("repurchase_30d", 1, score.probability(), asOf, reasons)));
    }
    return byProfile;
  }

  private static Row best(String step, int profiles, int repetitions, Runnable work) {
    double best = Double.MAX_VALUE;
    for (int i = 0; i < repetitions; i++) {
      long start = System.nanoTime();
      work.run();
      best = Math.min(best, seconds(start));
    }
    return new Row(step, best, profiles / best);
  }

  /** Row-major features of every history as of a time, computed on {@code threads} threads. */
  static float[] features(
      List<CustomerHistory> histories, Instant asOf, List<String> names, int threads) {
    int columns = names.size();
    float[] data = new float[histories.size() * columns];
    Runnable work =
        () ->
            IntStream.range(0, histories.size())
                .parallel()
                .forEach(
                    i ->
                        System.arraycopy(
                            Features.compute(histories.get(i), asOf, names),
                            0,
                            data,
                            i * columns,
                            columns));
    if (threads == 1) {
      for (int i = 0; i < histories.size(); i++) {
        System.arraycopy(
            Features.compute(histories.get(i), asOf, names), 0, data, i * columns, columns);
      }
      return data;
    }
    try (var pool = new ForkJoinPool(threads)) {
      pool.submit(work).join();
    }
    return data;
  }

  private static double predict(
      ScoringModel model, float[] data, int rows, int columns, int batch) {
    double sum = 0;
    for (int from = 0; from < rows; from += batch) {
      int n = Math.min(batch, rows - from);
      float[] slice = new float[n * columns];
      System.arraycopy(data, from * columns, slice, 0, slice.length);
      for (double p : model.probabilities(slice, n)) {
        sum += p;
      }
    }
    return sum;
  }

  /** Features then prediction, batch by batch, as a scoring job would run before its writes. */
  private static double scoreAll(
      List<CustomerHistory> histories,
      Instant asOf,
      ScoringModel model,
      int batch,
      int threads,
      boolean reasons) {
    double sum = 0;
    int columns = model.features().size();
    for (int from = 0; from < histories.size(); from += batch) {
      var slice = histories.subList(from, Math.min(histories.size(), from + batch));
      float[] data = features(slice, asOf, model.features(), threads);
      if (reasons) {
        for (Score score : model.score(rowList(data, columns))) {
          sum += score.probability();
        }
      } else {
        for (double p : model.probabilities(data, slice.size())) {
          sum += p;
        }
      }
    }
    return sum;
  }

  private static List<float[]> rowList(float[] data, int columns) {
    var rows = new ArrayList<float[]>(data.length / columns);
    for (int offset = 0; offset < data.length; offset += columns) {
      float[] row = new float[columns];
      System.arraycopy(data, offset, row, 0, columns);
      rows.add(row);
    }
    return rows;
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
