package io.c360.scoring.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MetricsCalculatorTest {

  @Test
  void aucIsTheShareOfPositiveNegativePairsRankedCorrectly() {
    // ranking (high to low): + - + - -  -> pairs: first + beats 3 negatives, second + beats 2
    double[] predicted = {0.9, 0.8, 0.7, 0.6, 0.5};
    float[] labels = {1, 0, 1, 0, 0};

    assertThat(MetricsCalculator.rocAuc(predicted, labels)).isCloseTo(5.0 / 6, within(1e-12));
  }

  @Test
  void aucCountsTiesAsHalf() {
    double[] predicted = {0.5, 0.5, 0.5, 0.5};
    float[] labels = {1, 0, 1, 0};

    assertThat(MetricsCalculator.rocAuc(predicted, labels)).isEqualTo(0.5);
    assertThat(MetricsCalculator.rocAuc(new double[] {0.2, 0.9}, new float[] {1, 0})).isZero();
    assertThat(MetricsCalculator.rocAuc(new double[] {0.2, 0.9}, new float[] {1, 1})).isNaN();
  }

  @Test
  void averagePrecisionAveragesPrecisionAtEachPositive() {
    double[] predicted = {0.9, 0.8, 0.7, 0.6, 0.5};
    float[] labels = {1, 0, 1, 0, 0};

    // precision at the positives: 1/1 and 2/3
    assertThat(MetricsCalculator.metrics(predicted, labels).prAuc())
        .isCloseTo((1 + 2.0 / 3) / 2, within(1e-12));
  }

  @Test
  void logLossIsTheMeanNegativeLogLikelihood() {
    double[] predicted = {0.8, 0.4};
    float[] labels = {1, 0};

    assertThat(MetricsCalculator.logLoss(predicted, labels))
        .isCloseTo(-(Math.log(0.8) + Math.log(0.6)) / 2, within(1e-12));
  }

  @Test
  void decilesShowLiftAndCumulativeCapture() {
    // 20 rows, scores 20..1; positives at ranks 1, 2, 3 (decile 1 and 2) and 20 (decile 10)
    double[] predicted = new double[20];
    float[] labels = new float[20];
    for (int i = 0; i < 20; i++) {
      predicted[i] = 20 - i;
    }
    labels[0] = 1;
    labels[1] = 1;
    labels[2] = 1;
    labels[19] = 1;

    var deciles = MetricsCalculator.metrics(predicted, labels).deciles();

    assertThat(deciles).hasSize(10);
    assertThat(deciles.getFirst()).isEqualTo(new DecileRow(1, 2, 2, 1.0, 5.0, 0.5));
    assertThat(deciles.get(1)).isEqualTo(new DecileRow(2, 2, 1, 0.5, 2.5, 0.75));
    assertThat(deciles.get(2)).isEqualTo(new DecileRow(3, 2, 0, 0.0, 0.0, 0.75));
    assertThat(deciles.getLast()).isEqualTo(new DecileRow(10, 2, 1, 0.5, 2.5, 1.0));
  }

  @Test
  void calibrationComparesMeanPredictionWithObservedRatePerBin() {
    double[] predicted = {0.05, 0.15, 0.12, 0.95};
    float[] labels = {0, 1, 0, 1};

    var calibration = MetricsCalculator.metrics(predicted, labels).calibration();

    assertThat(calibration).hasSize(3);
    assertThat(calibration.get(1).from()).isEqualTo(0.1);
    assertThat(calibration.get(1).rows()).isEqualTo(2);
    assertThat(calibration.get(1).meanPredicted()).isCloseTo(0.135, within(1e-12));
    assertThat(calibration.get(1).observedRate()).isEqualTo(0.5);
    assertThat(calibration.getLast().to()).isEqualTo(1.0);
  }
}
