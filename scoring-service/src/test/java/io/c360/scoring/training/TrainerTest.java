package io.c360.scoring.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.c360.scoring.features.CustomerHistory;
import io.c360.scoring.features.Features;
import io.c360.scoring.model.ModelDefinition;
import io.c360.scoring.model.ModelDefinitions;
import io.c360.scoring.model.TrainingSettings;
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
      double[] probabilities = model.probabilities(test.data(), test.size());

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
