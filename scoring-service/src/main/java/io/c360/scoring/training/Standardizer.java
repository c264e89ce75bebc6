package io.c360.scoring.training;

/**
 * Prepares features for the linear baseline: sign(x) log(1 + |x|), then standardized with the
 * training mean and standard deviation; missing values become 0 (the mean).
 */
record Standardizer(double[] mean, double[] deviation) {

  static Standardizer fit(TrainingSet.Dataset train) {
    int columns = train.names().size();
    double[] sum = new double[columns];
    double[] sumSquares = new double[columns];
    long[] count = new long[columns];
    float[] data = train.data();
    for (int i = 0; i < data.length; i++) {
      if (!Float.isNaN(data[i])) {
        double x = squash(data[i]);
        int c = i % columns;
        sum[c] += x;
        sumSquares[c] += x * x;
        count[c]++;
      }
    }
    double[] mean = new double[columns];
    double[] deviation = new double[columns];
    for (int c = 0; c < columns; c++) {
      mean[c] = count[c] == 0 ? 0 : sum[c] / count[c];
      double variance = count[c] == 0 ? 0 : sumSquares[c] / count[c] - mean[c] * mean[c];
      deviation[c] = variance > 1e-12 ? Math.sqrt(variance) : 1;
    }
    return new Standardizer(mean, deviation);
  }

  TrainingSet.Dataset apply(TrainingSet.Dataset dataset) {
    int columns = mean.length;
    float[] data = dataset.data();
    float[] scaled = new float[data.length];
    for (int i = 0; i < data.length; i++) {
      int c = i % columns;
      scaled[i] = Float.isNaN(data[i]) ? 0 : (float) ((squash(data[i]) - mean[c]) / deviation[c]);
    }
    return dataset.withData(scaled);
  }

  private static double squash(double x) {
    return Math.signum(x) * Math.log1p(Math.abs(x));
  }
}
