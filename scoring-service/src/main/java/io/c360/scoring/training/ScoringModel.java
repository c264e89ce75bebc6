package io.c360.scoring.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.jspecify.annotations.Nullable;

/**
 * A loaded model: probabilities and per-customer reasons (SHAP contributions) for feature rows in
 * the column order of {@link #features()}. Served probabilities go through the version's
 * calibration when it has one; the reasons stay those of the raw model (log-odds contributions that
 * sum to the raw logit). Thread-safe: calls into the booster are serialized.
 */
public final class ScoringModel implements AutoCloseable {

  static final int REASONS = 3;

  private final Booster booster;
  private final List<String> features;
  private final @Nullable Calibrator calibrator;

  private ScoringModel(Booster booster, List<String> features, @Nullable Calibrator calibrator) {
    this.booster = booster;
    this.features = List.copyOf(features);
    this.calibrator = calibrator;
  }

  /**
   * Loads booster bytes (UBJSON or JSON, as in {@link TrainedModel#booster()}), serving raw
   * probabilities.
   *
   * @throws IllegalArgumentException when the bytes are not an XGBoost model
   */
  public static ScoringModel load(byte[] booster, List<String> features) {
    return load(booster, features, null);
  }

  /**
   * Loads booster bytes and serves probabilities through {@code calibrator} (raw ones when null).
   *
   * @throws IllegalArgumentException when the bytes are not an XGBoost model
   */
  public static ScoringModel load(
      byte[] booster, List<String> features, @Nullable Calibrator calibrator) {
    try {
      return new ScoringModel(XGBoost.loadModel(booster), features, calibrator);
    } catch (XGBoostError e) {
      throw new IllegalArgumentException("not an XGBoost model: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<String> features() {
    return features;
  }

  /** Whether served probabilities are calibrated. */
  public boolean calibrated() {
    return calibrator != null;
  }

  /** The probability of one row and its top 3 reasons. */
  public Score score(float[] featureRow) {
    return score(List.of(featureRow)).getFirst();
  }

  /**
   * Probabilities (calibrated when the model has a calibration) and top 3 reasons (SHAP of the raw
   * model) of many rows at once (one matrix), in row order.
   */
  public List<Score> score(List<float[]> featureRows) {
    if (featureRows.isEmpty()) {
      return List.of();
    }
    float[] data = flatten(featureRows);
    DMatrix matrix = Boosting.matrix(data, featureRows.size(), features.size());
    float[][] probabilities;
    float[][] contributions;
    try {
      synchronized (booster) {
        probabilities = booster.predict(matrix);
        contributions = booster.predictContrib(matrix, 0);
      }
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost prediction failed: " + e.getMessage(), e);
    } finally {
      matrix.dispose();
    }
    var scores = new ArrayList<Score>(featureRows.size());
    for (int r = 0; r < featureRows.size(); r++) {
      double raw = probabilities[r][0];
      double served = calibrator == null ? raw : calibrator.apply(raw);
      scores.add(new Score(served, reasons(featureRows.get(r), contributions[r])));
    }
    return scores;
  }

  /**
   * The raw model's probabilities (no calibration, no reasons), for row-major {@code data} of
   * {@code rows} rows: what ranking metrics and champion comparisons use.
   */
  public double[] rawProbabilities(float[] data, int rows) {
    if (data.length != rows * features.size()) {
      throw new IllegalArgumentException(
          "expected " + rows + " rows of " + features.size() + " features, got " + data.length);
    }
    if (rows == 0) {
      return new double[0];
    }
    DMatrix matrix = Boosting.matrix(data, rows, features.size());
    try {
      synchronized (booster) {
        return Boosting.predict(booster, matrix);
      }
    } finally {
      matrix.dispose();
    }
  }

  /**
   * Served probabilities (calibrated when the model has a calibration, no reasons), for row-major
   * {@code data} of {@code rows} rows.
   */
  public double[] probabilities(float[] data, int rows) {
    double[] raw = rawProbabilities(data, rows);
    return calibrator == null ? raw : calibrator.apply(raw);
  }

  /** Served probabilities (calibrated when the model has a calibration), one per row. */
  public double[] probabilities(List<float[]> featureRows) {
    return probabilities(flatten(featureRows), featureRows.size());
  }

  /** The raw SHAP contributions (log-odds) per row; the last column is the bias. */
  float[][] contributions(float[] data, int rows) {
    DMatrix matrix = Boosting.matrix(data, rows, features.size());
    try {
      synchronized (booster) {
        return booster.predictContrib(matrix, 0);
      }
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost prediction failed: " + e.getMessage(), e);
    } finally {
      matrix.dispose();
    }
  }

  @Override
  public void close() {
    synchronized (booster) {
      booster.dispose();
    }
  }

  private float[] flatten(List<float[]> featureRows) {
    int columns = features.size();
    float[] data = new float[featureRows.size() * columns];
    for (int r = 0; r < featureRows.size(); r++) {
      float[] row = featureRows.get(r);
      if (row.length != columns) {
        throw new IllegalArgumentException(
            "row " + r + " has " + row.length + " values; the model expects " + columns);
      }
      System.arraycopy(row, 0, data, r * columns, columns);
    }
    return data;
  }

  /** The {@link #REASONS} largest contributions by absolute value, sign kept; zeros left out. */
  private List<Reason> reasons(float[] row, float[] contribution) {
    int[] top = new int[REASONS];
    int found = 0;
    for (int c = 0; c < features.size(); c++) {
      float magnitude = Math.abs(contribution[c]);
      if (magnitude == 0) {
        continue;
      }
      int position = found;
      while (position > 0 && Math.abs(contribution[top[position - 1]]) < magnitude) {
        position--;
      }
      if (position < REASONS) {
        int last = Math.min(found, REASONS - 1);
        System.arraycopy(top, position, top, position + 1, last - position);
        top[position] = c;
        found = Math.min(found + 1, REASONS);
      }
    }
    var reasons = new ArrayList<Reason>(found);
    for (int i = 0; i < found; i++) {
      reasons.add(new Reason(features.get(top[i]), row[top[i]], contribution[top[i]]));
    }
    return reasons;
  }
}
