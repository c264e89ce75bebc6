package io.c360.scoring.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.c360.scoring.features.CustomerHistory;
import io.c360.scoring.features.Features;
import io.c360.scoring.model.Label;
import io.c360.scoring.model.ModelDefinition;
import io.c360.scoring.model.ModelDefinitions;
import io.c360.scoring.model.Population;
import io.c360.scoring.model.TrainingSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TrainerTest {

  private static final List<CustomerHistory> HISTORIES = ToyWorld.subscribers(3000, 11);
  private static final ModelDefinition CHURN = small(ModelDefinitions.shipped("churn_90d"));
  private static final List<String> STAGES = new CopyOnWriteArrayList<>();
  private static final List<Integer> ROUNDS = new CopyOnWriteArrayList<>();
  private static TrainedModel trained;

  static ModelDefinition small(ModelDefinition definition) {
    var t = definition.training();
    return new ModelDefinition(
        definition.name(),
        definition.description(),
        definition.population(),
        definition.label(),
        definition.features(),
        new TrainingSettings(
            4, 30, t.validationFraction(), t.testFraction(), 200, 15, 2, t.seed(), 2));
  }

  @BeforeAll
  static void train() {
    var progress =
        new TrainingProgress() {
          @Override
          public void stage(String stage) {
            STAGES.add(stage);
          }

          @Override
          public void round(int round, int maxRounds, double validationLogLoss) {
            ROUNDS.add(round);
          }
        };
    trained = new Trainer().train(CHURN, HISTORIES, ToyWorld.END, null, progress);
  }

  private static TrainingSet.Dataset testRows(List<String> features) {
    var settings = CHURN.training();
    var parts =
        CustomerSplit.assign(
            HISTORIES.stream().map(CustomerHistory::profileId).toList(),
            settings.validationFraction(),
            settings.testFraction(),
            settings.seed());
    var cutoffs = Trainer.cutoffs(ToyWorld.END, CHURN.label().windowDays(), settings);
    return TrainingSet.build(CHURN, HISTORIES, cutoffs, features, parts, 2)
        .dataset(Part.TEST, features);
  }

  private static List<float[]> rows(TrainingSet.Dataset dataset) {
    int columns = dataset.names().size();
    var rows = new ArrayList<float[]>();
    for (int r = 0; r < dataset.size(); r++) {
      float[] row = new float[columns];
      System.arraycopy(dataset.data(), r * columns, row, 0, columns);
      rows.add(row);
    }
    return rows;
  }

  @Test
  void reportsTestMetricsBaselinesAndTheData() {
    var report = trained.report();

    assertThat(trained.modelName()).isEqualTo("churn_90d");
    assertThat(trained.features()).isEqualTo(CHURN.features());
    assertThat(report.model().rocAuc()).isGreaterThan(0.6);
    assertThat(report.baselines()).containsOnlyKeys("recency", "logistic");
    assertThat(report.baselines().get("logistic").rows()).isEqualTo(report.model().rows());
    assertThat(report.baselines().get("recency").rows()).isEqualTo(report.model().rows());
    assertThat(report.championOnSameTest()).isNull();
    assertThat(report.model().rows()).isEqualTo(report.data().testRows());
    assertThat(report.data().cutoffs()).hasSize(4);
    assertThat(report.data().to()).isEqualTo(ToyWorld.END);
    assertThat(report.bestRound()).isBetween(1, 200).isEqualTo(report.parameters().get("rounds"));
    assertThat(report.parameters())
        .containsKeys(
            "max_depth", "eta", "min_child_weight", "subsample", "colsample_bytree", "lambda")
        .containsEntry("tree_method", "hist");
    assertThat(report.importance()).hasSize(CHURN.features().size());
    assertThat(report.importance().getFirst().gain()).isPositive();
  }

  @Test
  void reportsStagesAndRounds() {
    assertThat(STAGES)
        .startsWith("building training set", "search 1/2")
        .contains("search 2/2", "evaluating on test");
    assertThat(ROUNDS).contains(1, 2, 3);
  }

  @Test
  void savedBytesReloadIntoAModelWithTheSamePredictions() {
    var test = testRows(trained.features());
    try (var model = ScoringModel.load(trained.booster(), trained.features())) {
      double[] probabilities = model.rawProbabilities(test.data(), test.size());

      assertThat(MetricsCalculator.metrics(probabilities, test.labels()))
          .isEqualTo(trained.report().model());
    }
  }

  @Test
  void scoresInABatchAsOneByOne() {
    List<float[]> rows = rows(testRows(trained.features())).subList(0, 50);
    try (var model = ScoringModel.load(trained.booster(), trained.features())) {
      List<Score> batch = model.score(rows);

      for (int i = 0; i < rows.size(); i++) {
        assertThat(model.score(rows.get(i))).isEqualTo(batch.get(i));
      }
    }
  }

  @Test
  void reasonsAreTheThreeLargestShapContributionsWhichSumWithTheBiasToTheLogit() {
    var test = testRows(trained.features());
    try (var model = ScoringModel.load(trained.booster(), trained.features())) {
      float[][] contributions = model.contributions(test.data(), test.size());
      List<Score> scores = model.score(rows(test));

      for (int r = 0; r < test.size(); r++) {
        double sum = 0;
        for (float c : contributions[r]) {
          sum += c; // the last column is the bias
        }
        double p = scores.get(r).probability();
        assertThat(sum).isCloseTo(Math.log(p / (1 - p)), within(1e-3));
        List<Reason> reasons = scores.get(r).reasons();
        assertThat(reasons).hasSizeLessThanOrEqualTo(3);
        for (int i = 0; i < reasons.size(); i++) {
          Reason reason = reasons.get(i);
          int column = trained.features().indexOf(reason.feature());
          assertThat(reason.contribution()).isEqualTo(contributions[r][column]);
          if (i > 0) {
            assertThat(Math.abs(reason.contribution()))
                .isLessThanOrEqualTo(Math.abs(reasons.get(i - 1).contribution()));
          }
        }
        float smallestKept = (float) Math.abs(reasons.getLast().contribution());
        int larger = 0;
        for (int c = 0; c < trained.features().size(); c++) {
          larger += Math.abs(contributions[r][c]) > smallestKept ? 1 : 0;
        }
        assertThat(larger).isLessThan(3);
      }
    }
  }

  @Test
  void evaluatesTheChampionOnTheChallengersTestRows() {
    List<String> championFeatures = List.of("days_since_last_session", "sessions_trend_30_60");
    var championDefinition =
        new ModelDefinition(
            "churn_90d", "", CHURN.population(), CHURN.label(), championFeatures, CHURN.training());
    var championModel =
        new Trainer()
            .train(championDefinition, HISTORIES, ToyWorld.END, null, TrainingProgress.NONE);

    try (var champion = ScoringModel.load(championModel.booster(), championFeatures)) {
      var challenger =
          new Trainer().train(CHURN, HISTORIES, ToyWorld.END, champion, TrainingProgress.NONE);

      Metrics onSameTest = challenger.report().championOnSameTest();
      assertThat(onSameTest).isNotNull();
      assertThat(onSameTest.rows()).isEqualTo(challenger.report().model().rows());
      assertThat(onSameTest.positives()).isEqualTo(challenger.report().model().positives());
      assertThat(onSameTest).isEqualTo(championModel.report().model());
    }
  }

  @Test
  void fitsCalibrationOnValidationAndReportsItOnTheTestRows() {
    Calibration calibration = trained.report().calibration();

    assertThat(calibration).isNotNull();
    assertThat(calibration.method()).isIn("isotonic", "platt");
    assertThat(calibration.fittedRows()).isEqualTo(trained.report().data().validationRows());
    assertThat(calibration.crossValidatedLogLoss()).containsOnlyKeys("isotonic", "platt");
    double chosen = calibration.crossValidatedLogLoss().get(calibration.method());
    assertThat(calibration.crossValidatedLogLoss().values()).allMatch(loss -> chosen <= loss);
    assertThat(calibration.testLogLossBefore()).isEqualTo(trained.report().model().logLoss());
    assertThat(calibration.testBefore()).isEqualTo(trained.report().model().calibration());
    assertThat(calibration.testAfter().stream().mapToInt(CalibrationRow::rows).sum())
        .isEqualTo(trained.report().model().rows());
    var test = testRows(trained.features());
    try (var model =
        ScoringModel.load(trained.booster(), trained.features(), calibration.calibrator())) {
      double[] served = model.probabilities(test.data(), test.size());
      assertThat(MetricsCalculator.logLoss(served, test.labels()))
          .isEqualTo(calibration.testLogLossAfter());
    }
  }

  @Test
  void servesCalibratedProbabilitiesWithTheRawModelsReasons() {
    List<float[]> rows = rows(testRows(trained.features())).subList(0, 50);
    Calibrator calibrator = trained.report().calibration().calibrator();
    try (var raw = ScoringModel.load(trained.booster(), trained.features());
        var calibrated = ScoringModel.load(trained.booster(), trained.features(), calibrator)) {
      List<Score> rawScores = raw.score(rows);
      List<Score> servedScores = calibrated.score(rows);

      assertThat(calibrated.calibrated()).isTrue();
      for (int i = 0; i < rows.size(); i++) {
        assertThat(servedScores.get(i).probability())
            .isEqualTo(calibrator.apply(rawScores.get(i).probability()));
        assertThat(servedScores.get(i).reasons()).isEqualTo(rawScores.get(i).reasons());
      }
      assertThat(servedScores)
          .anySatisfy(
              s -> assertThat(s.probability()).isNotEqualTo(rawScores.get(0).probability()));
    }
  }

  @Test
  void trainsOnTheLastWindowsOfAHistoryThatStopped60DaysAgo() {
    Instant now = Instant.now();
    List<CustomerHistory> stopped = ToyWorld.subscribers(3000, 11, now.minus(Duration.ofDays(60)));
    Instant lastEvent =
        stopped.stream()
            .flatMap(h -> h.events().stream())
            .map(e -> e.timestamp())
            .max(Instant::compareTo)
            .orElseThrow();

    Instant dataEnd = Trainer.dataEnd(stopped, now);

    assertThat(dataEnd).isEqualTo(lastEvent.plusMillis(1)).isBefore(now.minus(Duration.ofDays(59)));
    TrainedModel model = new Trainer().train(CHURN, stopped, dataEnd, null, TrainingProgress.NONE);
    DataRange data = model.report().data();
    assertThat(data.to()).isEqualTo(dataEnd);
    assertThat(data.cutoffs().getLast()).isEqualTo(dataEnd.minus(Duration.ofDays(90)));
    // the last label window is full of real data: its positive rate matches the earlier windows',
    // where cutoffs placed from the clock would leave 60 of its 90 days empty
    assertThat(lastCutoffPositiveRate(stopped, dataEnd))
        .isGreaterThan(1.5 * lastCutoffPositiveRate(stopped, now));
    assertThat(model.report().model().rocAuc()).isGreaterThan(0.6);
  }

  @Test
  void dataEndIsTheClockWhenThereAreNoEventsAndNeverAfterIt() {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");
    assertThat(Trainer.dataEnd(List.of(new CustomerHistory("nobody", List.of())), now))
        .isEqualTo(now);
    assertThat(Trainer.dataEnd(ToyWorld.subscribers(20, 1, now.plus(Duration.ofDays(3))), now))
        .isEqualTo(now);
  }

  private static double lastCutoffPositiveRate(List<CustomerHistory> histories, Instant dataEnd) {
    Instant cutoff = Trainer.cutoffs(dataEnd, 90, CHURN.training()).getLast();
    long eligible = 0;
    long positive = 0;
    for (CustomerHistory history : histories) {
      if (CHURN.population().eligible(history, cutoff)) {
        eligible++;
        positive += CHURN.label().positive(history, cutoff) ? 1 : 0;
      }
    }
    return (double) positive / eligible;
  }

  @Test
  void warnsOfLeakageNamingTheTopFeatureWhenTheTestRocAucIsAbove098() {
    var definition =
        new ModelDefinition(
            "too_easy",
            "",
            new Population(Population.ANY, 0),
            new Label("Order Completed", 30),
            List.of("orders_30d", "sessions_30d", "web_share_365d"),
            CHURN.training());

    TrainedModel model =
        new Trainer()
            .train(
                definition,
                ToyWorld.predictableBuyers(600, 5),
                ToyWorld.END,
                null,
                TrainingProgress.NONE);

    assertThat(model.report().model().rocAuc()).isGreaterThan(0.98);
    assertThat(model.report().warnings())
        .singleElement()
        .asString()
        .contains(
            "leakage", "above 0.98", "'" + model.report().importance().getFirst().feature() + "'");
    assertThat(model.report().importance().getFirst().feature()).isEqualTo("orders_30d");
    assertThat(trained.report().warnings()).isEmpty();
  }

  @Test
  void refusesTooLittleDataWithAClearMessage() {
    assertThatThrownBy(
            () ->
                new Trainer()
                    .train(
                        CHURN,
                        HISTORIES.subList(0, 100),
                        ToyWorld.END,
                        null,
                        TrainingProgress.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("too little data")
        .hasMessageContaining("at least 50");
  }

  @Test
  void refusesAnInvalidDefinition() {
    var invalid =
        new ModelDefinition(
            "churn_90d",
            "",
            CHURN.population(),
            CHURN.label(),
            List.of("shoe_size"),
            CHURN.training());

    assertThatThrownBy(
            () ->
                new Trainer().train(invalid, HISTORIES, ToyWorld.END, null, TrainingProgress.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("shoe_size");
  }

  @Test
  void catalogFeaturesAreAllUsable() {
    assertThat(Features.unknown(CHURN.features())).isEmpty();
    assertThat(Instant.now()).isAfter(ToyWorld.END);
  }
}
