package io.c360.scoring.training;

import java.util.HashMap;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/** Thin helpers over xgboost4j: matrices, training with early stopping, prediction. */
final class Boosting {

  private Boosting() {}

  /** A booster trained for {@code bestRound} rounds, and its validation log loss there. */
  record Fit(Booster booster, int bestRound, double validationLogLoss) {}

  static DMatrix matrix(TrainingSet.Dataset dataset) {
    try {
      var matrix = new DMatrix(dataset.data(), dataset.size(), dataset.names().size(), Float.NaN);
      matrix.setLabel(dataset.labels());
      matrix.setFeatureNames(dataset.names().toArray(String[]::new));
      return matrix;
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost could not build a matrix: " + e.getMessage(), e);
    }
  }

  static DMatrix matrix(float[] data, int rows, int columns) {
    try {
      return new DMatrix(data, rows, columns, Float.NaN);
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost could not build a matrix: " + e.getMessage(), e);
    }
  }

  /** Common parameters: binary logistic objective, log loss, fixed seed and thread count. */
  static Map<String, Object> baseParameters(long seed, int threads) {
    var parameters = new HashMap<String, Object>();
    parameters.put("objective", "binary:logistic");
    parameters.put("eval_metric", "logloss");
    parameters.put("seed", seed);
    parameters.put("nthread", threads);
    parameters.put("verbosity", 0);
    return parameters;
  }

  /**
   * Boosts one round at a time, reporting the validation log loss, until {@code maxRounds} or no
   * improvement for {@code earlyStoppingRounds}. The returned booster may hold a few rounds past
   * the best one; retrain with {@link #train} for exactly {@link Fit#bestRound} rounds.
   */
  static Fit trainWithEarlyStopping(
      Map<String, Object> parameters,
      DMatrix train,
      DMatrix validation,
      int maxRounds,
      int earlyStoppingRounds,
      TrainingProgress progress) {
    try {
      Booster booster =
          XGBoost.train(train, parameters, 0, Map.of("validation", validation), null, null);
      DMatrix[] watches = {validation};
      String[] names = {"validation"};
      double best = Double.POSITIVE_INFINITY;
      int bestRound = 0;
      for (int round = 0; round < maxRounds; round++) {
        booster.update(train, round);
        double logLoss = lastValue(booster.evalSet(watches, names, round));
        progress.round(round + 1, maxRounds, logLoss);
        if (logLoss < best) {
          best = logLoss;
          bestRound = round + 1;
        } else if (round + 1 - bestRound >= earlyStoppingRounds) {
          break;
        }
      }
      return new Fit(booster, bestRound, best);
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost training failed: " + e.getMessage(), e);
    }
  }

  /** Trains exactly {@code rounds} rounds. */
  static Booster train(Map<String, Object> parameters, DMatrix train, int rounds) {
    try {
      return XGBoost.train(train, parameters, rounds, Map.of(), null, null);
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost training failed: " + e.getMessage(), e);
    }
  }

  static double[] predict(Booster booster, DMatrix matrix) {
    try {
      float[][] predictions = booster.predict(matrix);
      double[] probabilities = new double[predictions.length];
      for (int i = 0; i < predictions.length; i++) {
        probabilities[i] = predictions[i][0];
      }
      return probabilities;
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost prediction failed: " + e.getMessage(), e);
    }
  }

  /** The value of the last metric in an evalSet line such as "[3]\tvalidation-logloss:0.41". */
  private static double lastValue(String evaluation) {
    return Double.parseDouble(evaluation.substring(evaluation.lastIndexOf(':') + 1).strip());
  }
}
