package io.c360.recommendation.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.c360.recommendation.interaction.Interaction;
import io.c360.recommendation.interaction.Interaction.Kind;
import io.c360.recommendation.policy.Policy;
import io.c360.recommendation.recommender.embedded.EmbeddedSettings;
import io.c360.recommendation.serving.RecommendationProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The evaluator on a hand-made history whose answers are known. */
class EvaluatorTest {

  static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

  static RecommendationProperties defaults() {
    return new RecommendationProperties(Map.of(), Set.of(), Set.of(), 0, 0, null, null, null, null);
  }

  /**
   * Ten customers each buy their own staple three times and a shared item once in the first 30
   * days, and re-buy their staple in the last 7 (the test window).
   */
  static List<Interaction> staples() {
    List<Interaction> history = new ArrayList<>();
    for (int c = 0; c < 10; c++) {
      String profile = "c" + c;
      for (int order = 0; order < 3; order++) {
        Instant at = START.plus(Duration.ofDays(2 + 9 * order)).plusSeconds(c);
        history.add(bought(profile, "staple-" + c, at, profile + "-o" + order));
      }
      history.add(bought(profile, "shared", START.plus(Duration.ofDays(5)), profile + "-s"));
      history.add(
          bought(profile, "staple-" + c, START.plus(Duration.ofDays(33)), profile + "-again"));
    }
    return history;
  }

  static Interaction bought(String profile, String sku, Instant at, String order) {
    return new Interaction(profile, sku, "Pantry", Kind.PURCHASE, at, order + "#0");
  }

  @Test
  void measuresKnownHitRatesOnAHandMadeHistory() {
    EvaluationRequest request = new EvaluationRequest(7, null, 200);
    Evaluator evaluator = new Evaluator(defaults(), EmbeddedSettings.defaults(), null);

    EvaluationReport report =
        evaluator.evaluate(Evaluator.split(staples(), request), request, (f, p) -> {});

    ContextReport home = context(report, "home");
    assertThat(home.testCustomers()).isEqualTo(10);
    assertThat(home.fewOrderCustomers()).isZero();
    PolicyScore topFrequency = score(home, Policy.TOP_FREQUENCY);
    assertThat(topFrequency.hitRate()).isEqualTo(1.0);
    assertThat(topFrequency.mrr()).isEqualTo(1.0);
    assertThat(topFrequency.ndcg()).isEqualTo(1.0);
    assertThat(topFrequency.hitRateLow()).isEqualTo(1.0);
    assertThat(topFrequency.coverage()).isEqualTo(1.0); // all 11 items shown to someone
    assertThat(topFrequency.repeatShare()).isEqualTo(0.2); // own staple and shared of 10 shown
    PolicyScore excluded = score(home, Policy.EXCLUDE_PURCHASED);
    assertThat(excluded.hitRate()).isZero();
    assertThat(excluded.repeatShare()).isZero();
    // popularity: shared first, then 9 of the 10 staples (equally popular) fill the 10
    assertThat(score(home, Policy.POPULARITY).hitRate()).isCloseTo(0.9, within(1e-9));
    assertThat(home.bestBaseline()).isIn(Policy.BUY_AGAIN, Policy.TOP_FREQUENCY);
    assertThat(home.auto().policy()).isIn(Policy.BUY_AGAIN, Policy.TOP_FREQUENCY);
    assertThat(report.split())
        .isEqualTo(START.plus(Duration.ofDays(33)).plusMillis(1).minus(Duration.ofDays(7)));
  }

  @Test
  void theDataEndsAtItsLastInteractionNotAtTheClock() {
    EvaluationRequest request = new EvaluationRequest(7, null, 0);

    Evaluator.Split split = Evaluator.split(staples(), request);

    assertThat(split.end()).isEqualTo(START.plus(Duration.ofDays(33)).plusMillis(1));
    assertThat(split.validation()).isEqualTo(split.end().minus(Duration.ofDays(14)));
  }

  @Test
  void refusesAWindowTheHistoryDoesNotReachBefore() {
    assertThatThrownBy(() -> Evaluator.split(staples(), new EvaluationRequest(30, null, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("validation slice");
    assertThatThrownBy(() -> Evaluator.split(List.of(), new EvaluationRequest(30, null, 0)))
        .hasMessageContaining("no interaction history");
  }

  @Test
  void theProductPageNeverShowsNorCountsItsItem() {
    EvaluationRequest request = new EvaluationRequest(7, null, 0);
    Evaluator evaluator = new Evaluator(defaults(), EmbeddedSettings.defaults(), null);

    EvaluationReport report =
        evaluator.evaluate(Evaluator.split(staples(), request), request, (f, p) -> {});

    // each customer's last item before the split is their staple: the page's own item, so the
    // re-bought staple is not a hit to find and no customer is left to test
    assertThat(context(report, "product").testCustomers()).isZero();
  }

  static ContextReport context(EvaluationReport report, String name) {
    return report.contexts().stream()
        .filter(c -> c.context().equals(name))
        .findFirst()
        .orElseThrow();
  }

  static PolicyScore score(ContextReport context, String policy) {
    return context.policies().stream()
        .filter(s -> s.policy().equals(policy))
        .findFirst()
        .orElseThrow();
  }
}
