package io.c360.scoring.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.scoring.features.CustomerHistory;
import io.c360.scoring.features.HistoryEvent;
import io.c360.scoring.model.ModelDefinition;
import io.c360.scoring.model.ModelDefinitions;
import io.c360.scoring.model.TrainingSettings;
import io.c360.synthetic.GroundTruth;
import io.c360.synthetic.RetailWorld;
import io.c360.synthetic.WorldSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Trains the shipped definitions on the synthetic retail world and compares the model with its
 * baselines and with the ceiling: the AUC of the generator's true probabilities on the same test
 * rows. Writes the results table to {@code target/model-results.md}.
 *
 * <p>Defaults keep the suite fast (6,000 customers, 3 candidates, 200 rounds); docs/models.md's
 * table comes from {@code -Dc360.models.customers=20000 -Dc360.models.candidates=8
 * -Dc360.models.rounds=400}.
 */
class ModelQualityTest {

  static final int CUSTOMERS = Integer.getInteger("c360.models.customers", 6000);
  static final int CANDIDATES = Integer.getInteger("c360.models.candidates", 3);
  static final long SEED = 2026;
  static final int DAYS = Integer.getInteger("c360.models.days", 450);
  static final Instant END = Instant.parse("2026-01-01T00:00:00Z");

  /** The model must beat the recency baseline's test AUC by this much. */
  static final double MARGIN_OVER_RECENCY = 0.02;

  /**
   * How much lower than the logistic baseline's test AUC the churn model may be. The generator's
   * churn hazard is a sum of terms in log-odds, which logistic regression on these features nearly
   * matches; on ~1,000 test rows one standard error of an AUC is about 0.016, so the trees must be
   * within that noise (repurchase must beat logistic outright).
   */
  static final double CHURN_TOLERANCE_BELOW_LOGISTIC = 0.02;

  /** The model may exceed the ceiling by at most this much (sampling noise on the test rows). */
  static final double CEILING_TOLERANCE = 0.01;

  private static RetailWorld world;
  private static List<CustomerHistory> histories;
  private static final StringBuilder RESULTS = new StringBuilder();

  @BeforeAll
  static void generate() {
    world =
        RetailWorld.generate(
            new WorldSpec(SEED, CUSTOMERS, 300, END.minus(Duration.ofDays(DAYS)), DAYS));
    histories =
        world.customers().parallelStream()
            .map(
                c ->
                    new CustomerHistory(
                        c.customerId(),
                        world.events(c.customerId()).stream().map(HistoryEvent::of).toList()))
            .toList();
    RESULTS
        .append(
            String.format(
                Locale.ROOT,
                "World: seed %d, %,d customers, %d days ending %s, %d search candidates.%n%n",
                SEED,
                CUSTOMERS,
                DAYS,
                END,
                CANDIDATES))
        .append("| model | test rows | positive rate | XGBoost AUC | recency AUC | logistic AUC")
        .append(" | ceiling AUC | XGBoost PR AUC | logistic PR AUC | XGBoost log loss")
        .append(" | calibrated log loss | logistic log loss | ceiling log loss | top-decile lift")
        .append(" | rounds | beats both baselines by 0.01 |\n")
        .append(
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
  }

  @AfterAll
  static void write() throws IOException {
    System.out.println(RESULTS);
    Path target = Path.of("target");
    if (Files.isDirectory(target)) {
      Files.writeString(target.resolve("model-results.md"), RESULTS.toString());
    }
  }

  private static ModelDefinition forTest(String name) {
    ModelDefinition shipped = ModelDefinitions.shipped(name);
    var t = shipped.training();
    return new ModelDefinition(
        shipped.name(),
        shipped.description(),
        shipped.population(),
        shipped.label(),
        shipped.features(),
        new TrainingSettings(
            t.cutoffs(),
            t.cutoffSpacingDays(),
            t.validationFraction(),
            t.testFraction(),
            Integer.getInteger("c360.models.rounds", 200),
            t.earlyStoppingRounds(),
            CANDIDATES,
            t.seed(),
            2));
  }

  /** The generator's true probability of every test row, and their metrics. */
  private static Metrics ceiling(
      ModelDefinition definition, TrainingSet.Dataset test, List<Instant> cutoffs) {
    GroundTruth truth = world.truth();
    int window = definition.label().windowDays();
    double[] probabilities =
        test.rows().parallelStream()
            .mapToDouble(
                row -> {
                  Instant cutoff = cutoffs.get(row.cutoff());
                  return definition.name().startsWith("churn")
                      ? truth.churnProbability(row.profileId(), cutoff, window)
                      : truth.repurchaseProbability(row.profileId(), cutoff, window);
                })
            .toArray();
    assertThat(probabilities).doesNotContain(Double.NaN);
    return MetricsCalculator.metrics(probabilities, test.labels());
  }

  private static TrainingSet.Dataset testRows(ModelDefinition definition, List<Instant> cutoffs) {
    var settings = definition.training();
    var parts =
        CustomerSplit.assign(
            histories.stream().map(CustomerHistory::profileId).toList(),
            settings.validationFraction(),
            settings.testFraction(),
            settings.seed());
    return TrainingSet.build(definition, histories, cutoffs, definition.features(), parts, 2)
        .dataset(Part.TEST, definition.features());
  }

  private static void check(String name) {
    ModelDefinition definition = forTest(name);
    long start = System.nanoTime();
    var progress =
        new TrainingProgress() {
          @Override
          public void stage(String stage) {
            System.out.printf(
                Locale.ROOT, "%s %.1fs %s%n", name, (System.nanoTime() - start) / 1e9, stage);
          }

          @Override
          public void round(int round, int maxRounds, double validationLogLoss) {}
        };
    TrainedModel trained = new Trainer().train(definition, histories, world.end(), null, progress);
    progress.stage("trained");
    TrainingReport report = trained.report();
    List<Instant> cutoffs = report.data().cutoffs();
    TrainingSet.Dataset test = testRows(definition, cutoffs);
    Metrics ceiling = ceiling(definition, test, cutoffs);
    progress.stage("ceiling computed");
    Metrics model = report.model();
    Metrics recency = report.baselines().get("recency");
    Metrics logistic = report.baselines().get("logistic");
    RESULTS.append(
        String.format(
            Locale.ROOT,
            "| %s | %,d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.2f | %d | %s |%n",
            name,
            model.rows(),
            (double) model.positives() / model.rows(),
            model.rocAuc(),
            recency.rocAuc(),
            logistic.rocAuc(),
            ceiling.rocAuc(),
            model.prAuc(),
            logistic.prAuc(),
            model.logLoss(),
            report.calibration().testLogLossAfter(),
            logistic.logLoss(),
            ceiling.logLoss(),
            model.deciles().getFirst().lift(),
            report.bestRound(),
            model.rocAuc() - recency.rocAuc() >= 0.01 && model.rocAuc() - logistic.rocAuc() >= 0.01
                ? "yes"
                : "no"));

    assertThat(ceiling.rows()).isEqualTo(model.rows());
    assertThat(model.rocAuc()).isGreaterThanOrEqualTo(recency.rocAuc() + MARGIN_OVER_RECENCY);
    assertThat(model.rocAuc())
        .isGreaterThan(
            logistic.rocAuc() - (name.startsWith("churn") ? CHURN_TOLERANCE_BELOW_LOGISTIC : 0));
    assertThat(model.rocAuc()).isLessThanOrEqualTo(ceiling.rocAuc() + CEILING_TOLERANCE);
    assertThat(model.deciles().getFirst().lift()).isGreaterThan(1.5);
  }

  @Test
  void churnModelBeatsItsBaselinesAndStaysBelowTheGeneratorsCeiling() {
    check("churn_90d");
  }

  @Test
  void repurchaseModelBeatsItsBaselinesAndStaysBelowTheGeneratorsCeiling() {
    check("repurchase_30d");
  }
}
