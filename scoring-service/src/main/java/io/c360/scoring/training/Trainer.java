package io.c360.scoring.training;

import io.c360.scoring.features.CustomerHistory;
import io.c360.scoring.features.Features;
import io.c360.scoring.features.HistoryEvent;
import io.c360.scoring.model.ModelDefinition;
import io.c360.scoring.model.TrainingSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
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

  /** The single features the recency baseline may use; the better one on validation wins. */
  static final List<String> RECENCY_FEATURES =
      List.of("days_since_last_event", "days_since_last_order");

  private static final int BASELINE_MAX_ROUNDS = 200;
  private static final int BASELINE_EARLY_STOPPING = 20;

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
    columns.addAll(RECENCY_FEATURES);
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
        Metrics model =
            MetricsCalculator.metrics(Boosting.predict(booster, testMatrix), test.labels());
        var baselines = new LinkedHashMap<String, Metrics>();
        RecencyBaseline recency = recencyBaseline(set, settings);
        baselines.put("recency", recency.metrics());
        baselines.put("logistic", logisticBaseline(train, validation, test, settings));
        Metrics championMetrics = null;
        if (champion != null) {
          var championTest = set.dataset(Part.TEST, champion.features());
          championMetrics =
              MetricsCalculator.metrics(
                  champion.probabilities(championTest.data(), championTest.size()),
                  championTest.labels());
        }
        var parameters = new LinkedHashMap<String, Object>(search.best().asMap());
        parameters.put("rounds", search.fit().bestRound());
        parameters.put("validation_logloss", search.fit().validationLogLoss());
        parameters.put("search_candidates", search.candidates());
        parameters.put("recency_baseline_feature", recency.feature());
        var report =
            new TrainingReport(
                model,
                baselines,
                championMetrics,
                importance(booster, definition.features()),
                parameters,
                search.fit().bestRound(),
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

  private record RecencyBaseline(String feature, Metrics metrics) {}

  /**
   * Trees on one recency feature alone (a calibrated function of it): whichever of {@link
   * #RECENCY_FEATURES} fits validation better.
   */
  private static RecencyBaseline recencyBaseline(TrainingSet set, TrainingSettings settings) {
    var parameters = new HyperParameters(3, 0.1, 1, 1, 1, 1).toParameters(settings.seed(), 1);
    RecencyBaseline best = null;
    double bestLogLoss = Double.POSITIVE_INFINITY;
    for (String feature : RECENCY_FEATURES) {
      DMatrix train = Boosting.matrix(set.dataset(Part.TRAIN, List.of(feature)));
      DMatrix validation = Boosting.matrix(set.dataset(Part.VALIDATION, List.of(feature)));
      var test = set.dataset(Part.TEST, List.of(feature));
      DMatrix testMatrix = Boosting.matrix(test);
      try {
        Boosting.Fit fit =
            Boosting.trainWithEarlyStopping(
                parameters,
                train,
                validation,
                BASELINE_MAX_ROUNDS,
                BASELINE_EARLY_STOPPING,
                TrainingProgress.NONE);
        fit.booster().dispose();
        if (fit.validationLogLoss() < bestLogLoss) {
          bestLogLoss = fit.validationLogLoss();
          Booster booster = Boosting.train(parameters, train, fit.bestRound());
          best =
              new RecencyBaseline(
                  feature,
                  MetricsCalculator.metrics(Boosting.predict(booster, testMatrix), test.labels()));
          booster.dispose();
        }
      } finally {
        train.dispose();
        validation.dispose();
        testMatrix.dispose();
      }
    }
    return best;
  }

  /**
   * Logistic regression on the model's features: XGBoost's linear booster with the logistic
   * objective, fitted by coordinate descent with early stopping on validation. Features are
   * transformed to sign(x) log(1 + |x|), standardized with the training mean and deviation, and
   * missing values set to the mean (0).
   */
  private static Metrics logisticBaseline(
      TrainingSet.Dataset train,
      TrainingSet.Dataset validation,
      TrainingSet.Dataset test,
      TrainingSettings settings) {
    var scaler = Standardizer.fit(train);
    var parameters = Boosting.baseParameters(settings.seed(), settings.threads());
    parameters.put("booster", "gblinear");
    parameters.put("updater", "coord_descent");
    parameters.put("feature_selector", "cyclic");
    parameters.put("eta", 0.5);
    parameters.put("lambda", 1.0);
    DMatrix trainMatrix = Boosting.matrix(scaler.apply(train));
    DMatrix validationMatrix = Boosting.matrix(scaler.apply(validation));
    DMatrix testMatrix = Boosting.matrix(scaler.apply(test));
    try {
      Boosting.Fit fit =
          Boosting.trainWithEarlyStopping(
              parameters,
              trainMatrix,
              validationMatrix,
              BASELINE_MAX_ROUNDS,
              BASELINE_EARLY_STOPPING,
              TrainingProgress.NONE);
      fit.booster().dispose();
      Booster booster = Boosting.train(parameters, trainMatrix, fit.bestRound());
      try {
        return MetricsCalculator.metrics(Boosting.predict(booster, testMatrix), test.labels());
      } finally {
        booster.dispose();
      }
    } finally {
      trainMatrix.dispose();
      validationMatrix.dispose();
      testMatrix.dispose();
    }
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
