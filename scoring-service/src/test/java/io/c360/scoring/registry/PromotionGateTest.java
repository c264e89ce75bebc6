package io.c360.scoring.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.scoring.registry.ModelVersion.PromotionDecision;
import io.c360.scoring.training.DataRange;
import io.c360.scoring.training.Metrics;
import io.c360.scoring.training.TrainingReport;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class PromotionGateTest {

  private final PromotionGate gate = new PromotionGate(0.01);

  private static Metrics auc(double rocAuc) {
    return new Metrics(rocAuc, 0.5, 0.5, 1000, 300, List.of(), List.of());
  }

  private static TrainingReport report(
      double model, double recency, double logistic, @Nullable Double champion) {
    return new TrainingReport(
        auc(model),
        Map.of("recency", auc(recency), "logistic", auc(logistic)),
        champion == null ? null : auc(champion),
        List.of(),
        Map.of(),
        10,
        new DataRange(Instant.EPOCH, Instant.EPOCH, List.of(), 0, 0, 0, 0, 0),
        null,
        List.of());
  }

  @Test
  void refusesAFirstVersionThatLosesToABaseline() {
    PromotionDecision decision = gate.decide(report(0.587, 0.639, 0.649, null), null);

    assertThat(decision.promoted()).isFalse();
    assertThat(decision.reason())
        .startsWith("not promoted: test ROC AUC 0.5870 does not beat")
        .contains("baseline recency 0.6390", "baseline logistic 0.6490", "margin 0.010");
    assertThat(decision.checks()).hasSize(2).noneMatch(ModelVersion.GateCheck::passed);
  }

  @Test
  void refusesAVersionThatBeatsABaselineByLessThanTheMargin() {
    PromotionDecision decision = gate.decide(report(0.705, 0.700, 0.650, null), null);

    assertThat(decision.promoted()).isFalse();
    assertThat(decision.reason()).contains("baseline recency 0.7000").doesNotContain("logistic");
  }

  @Test
  void promotesAFirstVersionThatBeatsEveryBaselineByTheMargin() {
    PromotionDecision decision = gate.decide(report(0.733, 0.703, 0.72, null), null);

    assertThat(decision.promoted()).isTrue();
    assertThat(decision.reason())
        .contains("first champion", "baseline recency", "baseline logistic");
    assertThat(decision.checks()).allMatch(ModelVersion.GateCheck::passed);
  }

  @Test
  void refusesAVersionThatBeatsItsBaselinesButNotTheChampion() {
    PromotionDecision decision = gate.decide(report(0.733, 0.70, 0.71, 0.74), 3);

    assertThat(decision.promoted()).isFalse();
    assertThat(decision.reason()).contains("champion v3 0.7400 on the same test rows");
  }

  @Test
  void refusesAVersionWhenTheChampionCouldNotBeEvaluated() {
    PromotionDecision decision = gate.decide(report(0.80, 0.70, 0.71, null), 2);

    assertThat(decision.promoted()).isFalse();
    assertThat(decision.reason()).contains("champion v2", "promote explicitly");
  }

  @Test
  void promotesAVersionThatBeatsBaselinesAndChampion() {
    assertThat(gate.decide(report(0.76, 0.70, 0.71, 0.74), 3).promoted()).isTrue();
  }
}
