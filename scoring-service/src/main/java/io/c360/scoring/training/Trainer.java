package io.c360.scoring.training;

import io.c360.scoring.features.CustomerHistory;
import io.c360.scoring.features.Features;
import io.c360.scoring.features.HistoryEvent;
import io.c360.scoring.model.ModelDefinition;
import io.c360.scoring.model.TrainingSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.jspecify.annotations.Nullable;

/**
 * Trains a model from its definition: builds point-in-time rows at several cutoffs, splits them by
 * customer, searches XGBoost hyperparameters with early stopping on validation, and reports test
 * metrics next to the recency and logistic-regression baselines (and the champion, when given).
 */
public final class Trainer {

  /** Rows needed of each class in the training split. */
  static final int MIN_TRAIN_CLASS_ROWS = 50;

  /** Rows needed of each class in the validation and test splits. */
  static final int MIN_HELD_OUT_CLASS_ROWS = 10;

  /** A test ROC AUC above this puts a leakage warning in the report. */
  static final double LEAKAGE_ROC_AUC = 0.98;

  /**
   * Trains and evaluates a challenger for {@code definition} on data up to {@code dataEnd}.
   *
   * @throws IllegalArgumentException when the definition is invalid or there is too little data
   */
  public TrainedModel train(
      ModelDefinition definition,
      List<CustomerHistory> histories,
      Instant dataEnd,
      @Nullable ScoringModel champion,
      TrainingProgress progress) {
    List<String> problems = definition.problems();
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "invalid model definition " + definition.name() + ": " + String.join("; ", problems));
    }
    if (champion != null && !Features.unknown(champion.features()).isEmpty()) {
      throw new IllegalArgumentException(
          "the champion uses features no longer in the catalog: "
              + Features.unknown(champion.features()));
    }
    TrainingSettings settings = definition.training();
    List<Instant> cutoffs = cutoffs(dataEnd, definition.label().windowDays(), settings);

    progress.stage("building training set");
    var columns = new LinkedHashSet<>(definition.features());
    columns.addAll(Baselines.RECENCY_FEATURES);
    if (champion != null) {
      columns.addAll(champion.features());
    }
    Map<String, Part> parts =
        CustomerSplit.assign(
            histories.stream().map(CustomerHistory::profileId).toList(),
            settings.validationFraction(),
            settings.testFraction(),
            settings.seed());
    TrainingSet set =
        TrainingSet.build(
            definition, histories, cutoffs, List.copyOf(columns), parts, settings.threads());
    var train = set.dataset(Part.TRAIN, definition.features());
    var validation = set.dataset(Part.VALIDATION, definition.features());
    var test = set.dataset(Part.TEST, definition.features());
    requireEnough("training", train, MIN_TRAIN_CLASS_ROWS);
    requireEnough("validation", validation, MIN_HELD_OUT_CLASS_ROWS);
    requireEnough("test", test, MIN_HELD_OUT_CLASS_ROWS);

    DMatrix trainMatrix = Boosting.matrix(train);
    DMatrix validationMatrix = Boosting.matrix(validation);
    DMatrix testMatrix = Boosting.matrix(test);
    try {
      Search search = search(settings, trainMatrix, validationMatrix, progress);

      progress.stage("training final model (" + search.fit().bestRound() + " rounds)");
      Booster booster =
          Boosting.train(
              search.best().toParameters(settings.seed(), settings.threads()),
              trainMatrix,
              search.fit().bestRound());
      try {
        progress.stage("evaluating on test");
        TrainingReport report =
            evaluate(
                definition,
                settings,
                set,
                search,
                booster,
                new Held(validation, validationMatrix),
                new Held(test, testMatrix),
                champion,
                dataRange(histories, dataEnd, set));
        return new TrainedModel(
            definition.name(), booster.toByteArray("ubj"), definition.features(), report);
      } finally {
        booster.dispose();
      }
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost failed: " + e.getMessage(), e);
    } finally {
      trainMatrix.dispose();
      validationMatrix.dispose();
      testMatrix.dispose();
    }
  }

  /** A held-out side: its rows and their matrix. */
  private record Held(TrainingSet.Dataset rows, DMatrix matrix) {}

  /**
   * Test metrics of the model and its baselines (and the champion on the same rows), the
   * calibration fitted on validation and measured on test, and the leakage warning.
   */
  private static TrainingReport evaluate(
      ModelDefinition definition,
      TrainingSettings settings,
      TrainingSet set,
      Search search,
      Booster booster,
      Held validation,
      Held test,
      @Nullable ScoringModel champion,
      DataRange data)
      throws XGBoostError {
    double[] testRaw = Boosting.predict(booster, test.matrix());
    Metrics model = MetricsCalculator.metrics(testRaw, test.rows().labels());
    var baselines = new LinkedHashMap<String, Metrics>();
    Baselines.Recency recency = Baselines.recency(set, settings);
    baselines.put("recency", recency.metrics());
    baselines.put(
        "logistic",
        Baselines.logistic(
            set.dataset(Part.TRAIN, definition.features()),
            validation.rows(),
            test.rows(),
            settings));
    Metrics championMetrics = null;
    if (champion != null) {
      var championTest = set.dataset(Part.TEST, champion.features());
      championMetrics =
          MetricsCalculator.metrics(
              champion.rawProbabilities(championTest.data(), championTest.size()),
              championTest.labels());
    }
    Calibration calibration =
        Calibration.fit(
            Boosting.predict(booster, validation.matrix()),
            validation.rows().labels(),
            testRaw,
            test.rows().labels(),
            settings.seed());
    var parameters = new LinkedHashMap<String, Object>(search.best().asMap());
    parameters.put("rounds", search.fit().bestRound());
    parameters.put("validation_logloss", search.fit().validationLogLoss());
    parameters.put("search_candidates", search.candidates());
    parameters.put("recency_baseline_feature", recency.feature());
    List<FeatureImportance> importance = importance(booster, definition.features());
    return new TrainingReport(
        model,
        baselines,
        championMetrics,
        importance,
        parameters,
        search.fit().bestRound(),
        data,
        calibration,
        leakageWarnings(model, importance));
  }

  /**
   * A warning when the test ROC AUC is above {@link #LEAKAGE_ROC_AUC}: real propensities are rarely
   * that predictable, so a feature probably carries the label; names the top feature by gain.
   */
  static List<String> leakageWarnings(Metrics model, List<FeatureImportance> importance) {
    if (!(model.rocAuc() > LEAKAGE_ROC_AUC)) {
      return List.of();
    }
    FeatureImportance top = importance.getFirst();
    return List.of(
        String.format(
            Locale.ROOT,
            "possible leakage: test ROC AUC %.4f is above %.2f; check that the top feature '%s'"
                + " (gain %.1f) is known before the cutoff and does not carry the label",
            model.rocAuc(),
            LEAKAGE_ROC_AUC,
            top.feature(),
            top.gain()));
  }

  /**
   * Where the data ends: just after the latest event of any history (so that event still counts in
   * the last label window), and never after {@code now}; {@code now} when there are no events. A
   * history that stopped weeks ago trains on its own last windows, not on empty weeks up to today.
   */
  public static Instant dataEnd(Collection<CustomerHistory> histories, Instant now) {
    Instant latest = null;
    for (CustomerHistory history : histories) {
      if (!history.events().isEmpty()) {
        Instant last = history.events().getLast().timestamp();
        if (latest == null || last.isAfter(latest)) {
          latest = last;
        }
      }
    }
    if (latest == null) {
      return now;
    }
    Instant end = latest.plusMillis(1);
    return end.isAfter(now) ? now : end;
  }

  /**
   * The cutoffs, ascending: the latest leaves a full label window before the data end, the others
   * go back {@code cutoffSpacingDays} each.
   */
  static List<Instant> cutoffs(Instant dataEnd, int windowDays, TrainingSettings settings) {
    Instant latest = dataEnd.minus(Duration.ofDays(windowDays));
    var cutoffs = new ArrayList<Instant>();
    for (int i = settings.cutoffs() - 1; i >= 0; i--) {
      cutoffs.add(latest.minus(Duration.ofDays((long) i * settings.cutoffSpacingDays())));
    }
    return cutoffs;
  }

  private record Search(HyperParameters best, Boosting.Fit fit, int candidates) {}

  private static Search search(
      TrainingSettings settings, DMatrix train, DMatrix validation, TrainingProgress progress) {
    List<HyperParameters> candidates =
        HyperParameters.candidates(settings.searchCandidates(), settings.seed());
    HyperParameters best = null;
    Boosting.Fit bestFit = null;
    for (int i = 0; i < candidates.size(); i++) {
      progress.stage("search " + (i + 1) + "/" + candidates.size());
      HyperParameters candidate = candidates.get(i);
      Boosting.Fit fit =
          Boosting.trainWithEarlyStopping(
              candidate.toParameters(settings.seed(), settings.threads()),
              train,
              validation,
              settings.maxRounds(),
              settings.earlyStoppingRounds(),
              progress);
      fit.booster().dispose();
      if (bestFit == null || fit.validationLogLoss() < bestFit.validationLogLoss()) {
        best = candidate;
        bestFit = fit;
      }
    }
    return new Search(best, bestFit, candidates.size());
  }

  /** Average gain per feature, every feature listed, highest first. */
  private static List<FeatureImportance> importance(Booster booster, List<String> features)
      throws XGBoostError {
    Map<String, Double> gains = booster.getScore("", "gain");
    return features.stream()
        .map(f -> new FeatureImportance(f, gains.getOrDefault(f, 0.0)))
        .sorted(Comparator.comparingDouble(FeatureImportance::gain).reversed())
        .toList();
  }

  private static void requireEnough(String side, TrainingSet.Dataset dataset, int minimum) {
    int positives = dataset.positives();
    int negatives = dataset.size() - positives;
    if (positives < minimum || negatives < minimum) {
      throw new IllegalArgumentException(
          "too little data: the "
              + side
              + " split has "
              + positives
              + " positive and "
              + negatives
              + " negative rows; at least "
              + minimum
              + " of each are needed (more customers, more cutoffs, or a longer history)");
    }
  }

  private static DataRange dataRange(
      List<CustomerHistory> histories, Instant dataEnd, TrainingSet set) {
    Instant from = dataEnd;
    for (CustomerHistory history : histories) {
      if (!history.events().isEmpty()) {
        HistoryEvent first = history.events().getFirst();
        if (first.timestamp().isBefore(from)) {
          from = first.timestamp();
        }
      }
    }
    var customers = new HashSet<String>();
    int[] rows = new int[Part.values().length];
    int positives = 0;
    for (TrainingSet.Row row : set.rows()) {
      customers.add(row.profileId());
      rows[row.part().ordinal()]++;
      if (row.label()) {
        positives++;
      }
    }
    return new DataRange(
        from,
        dataEnd,
        set.cutoffs(),
        customers.size(),
        rows[Part.TRAIN.ordinal()],
        rows[Part.VALIDATION.ordinal()],
        rows[Part.TEST.ordinal()],
        set.rows().isEmpty() ? 0 : (double) positives / set.rows().size());
  }
}
