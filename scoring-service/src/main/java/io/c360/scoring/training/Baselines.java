package io.c360.scoring.training;

import io.c360.scoring.model.TrainingSettings;
import java.util.List;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;

/**
 * The simple baselines every model is measured against on its own test rows: trees on one recency
 * feature, and logistic regression on the model's features.
 */
final class Baselines {

  /** The single features the recency baseline may use; the better one on validation wins. */
  static final List<String> RECENCY_FEATURES =
      List.of("days_since_last_event", "days_since_last_order");

  private static final int BASELINE_MAX_ROUNDS = 200;
  private static final int BASELINE_EARLY_STOPPING = 20;

  private Baselines() {}

  record Recency(String feature, Metrics metrics) {}

  /**
   * Trees on one recency feature alone (a calibrated function of it): whichever of {@link
   * #RECENCY_FEATURES} fits validation better.
   */
  static Recency recency(TrainingSet set, TrainingSettings settings) {
    var parameters = new HyperParameters(3, 0.1, 1, 1, 1, 1).toParameters(settings.seed(), 1);
    Recency best = null;
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
              new Recency(
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
  static Metrics logistic(
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
}
