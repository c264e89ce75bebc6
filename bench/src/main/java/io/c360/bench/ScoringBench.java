package io.c360.bench;

import io.c360.scoring.features.CustomerHistory;
import io.c360.scoring.features.Features;
import io.c360.scoring.features.HistoryEvent;
import io.c360.scoring.model.ModelDefinition;
import io.c360.scoring.model.ModelDefinitions;
import io.c360.scoring.model.TrainingSettings;
import io.c360.scoring.training.Score;
import io.c360.scoring.training.ScoringModel;
import io.c360.scoring.training.Trainer;
import io.c360.scoring.training.TrainingProgress;
import io.c360.synthetic.RetailWorld;
import io.c360.synthetic.WorldSpec;
import java.lang.management.ManagementFactory;
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

/**
 * Benchmark for scoring-service's models, with no Spring, Kafka or DynamoDB: how long training
 * takes for N customers x the feature set x R rounds, and how many profiles per second batch
 * scoring handles (features + prediction), each next to a baseline measured in the same run.
 *
 * <p>Usage: {@code ./bench/scoring-bench.sh [--customers 100000] [--rounds 200] [--threads 2]
 * [--batch 10000] [--seed 7]}
 */
public final class ScoringBench {

  private ScoringBench() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    int customers = Integer.parseInt(options.getOrDefault("customers", "100000"));
    int rounds = Integer.parseInt(options.getOrDefault("rounds", "200"));
    int threads = Integer.parseInt(options.getOrDefault("threads", "2"));
    int batch = Integer.parseInt(options.getOrDefault("batch", "10000"));
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

  private static Map<String, String> options(String[] args) {
    var options = new HashMap<String, String>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    return options;
  }
}
