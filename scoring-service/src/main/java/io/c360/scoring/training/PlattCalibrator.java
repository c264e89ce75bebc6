package io.c360.scoring.training;

/**
 * Platt scaling: logistic regression on the raw log-odds, {@code p' = 1 / (1 + exp(-(slope *
 * logit(p) + intercept)))}, fitted by Newton's method (maximum likelihood, with a tiny ridge so
 * separable data stays finite). Two parameters: it cannot overfit a small slice, and a model that
 * is already calibrated keeps slope ≈ 1, intercept ≈ 0.
 */
public record PlattCalibrator(double slope, double intercept) implements Calibrator {

  private static final double EPSILON = 1e-7;
  private static final double RIDGE = 1e-6;
  private static final int ITERATIONS = 50;

  static PlattCalibrator fit(double[] predicted, float[] labels) {
    double a = 1;
    double b = 0;
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      double ga = RIDGE * (a - 1);
      double gb = RIDGE * b;
      double haa = RIDGE;
      double hab = 0;
      double hbb = RIDGE;
      for (int i = 0; i < predicted.length; i++) {
        double z = logit(predicted[i]);
        double q = sigmoid(a * z + b);
        double residual = q - (labels[i] > 0.5f ? 1 : 0);
        double weight = Math.max(q * (1 - q), 1e-12);
        ga += residual * z;
        gb += residual;
        haa += weight * z * z;
        hab += weight * z;
        hbb += weight;
      }
      double determinant = haa * hbb - hab * hab;
      if (!(determinant > 0)) {
        break;
      }
      double da = (hbb * ga - hab * gb) / determinant;
      double db = (haa * gb - hab * ga) / determinant;
      a -= da;
      b -= db;
      if (Math.abs(da) < 1e-9 && Math.abs(db) < 1e-9) {
        break;
      }
    }
    return new PlattCalibrator(a, b);
  }

  @Override
  public double apply(double p) {
    return Double.isNaN(p) ? p : sigmoid(slope * logit(p) + intercept);
  }

  private static double logit(double p) {
    double clipped = Math.min(1 - EPSILON, Math.max(EPSILON, p));
    return Math.log(clipped / (1 - clipped));
  }

  private static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }
}
