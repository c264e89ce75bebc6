package io.c360.recommendation.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.event.CustomerEvent;
import io.c360.recommendation.interaction.Interaction;
import io.c360.recommendation.interaction.Interactions;
import io.c360.recommendation.policy.Policy;
import io.c360.recommendation.recommender.embedded.EmbeddedSettings;
import io.c360.synthetic.RepeatProfile;
import io.c360.synthetic.RetailWorld;
import io.c360.synthetic.SyntheticCustomer;
import io.c360.synthetic.WorldSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every policy on a repeat-heavy (grocery) and a discovery (fashion) synthetic world, seed 7, 2,000
 * customers, a year: the evaluator with its defaults (last 30 days tested, blend weight from the 30
 * days before). Writes the table to {@code target/recommendation-policies.md}.
 */
class PolicyWorldsTest {

  static final long SEED = 7;
  static final int CUSTOMERS = 2_000;
  static final Instant END = Instant.parse("2025-01-01T00:00:00Z");

  private static final Map<RepeatProfile, EvaluationReport> reports = new LinkedHashMap<>();
  private static final Map<RepeatProfile, EvaluationReport> monthBefore = new LinkedHashMap<>();

  @BeforeAll
  static void evaluate() throws IOException {
    for (RepeatProfile profile :
        List.of(RepeatProfile.GROCERY, RepeatProfile.FASHION, RepeatProfile.MIXED)) {
      List<Interaction> history = history(profile);
      EvaluationReport report = measure(history, null);
      reports.put(profile, report);
      monthBefore.put(profile, measure(history, report.split()));
    }
    write();
  }

  static List<Interaction> history(RepeatProfile profile) {
    RetailWorld world =
        RetailWorld.generate(WorldSpec.of(SEED, CUSTOMERS, END).withRepeatProfile(profile));
    List<Interaction> history = new ArrayList<>();
    for (SyntheticCustomer customer : world.customers()) {
      for (CustomerEvent event : world.events(customer.customerId())) {
        history.addAll(Interactions.of(customer.customerId(), event));
      }
    }
    return history;
  }

  static EvaluationReport measure(List<Interaction> history, @Nullable Instant end) {
    EvaluationRequest request =
        new EvaluationRequest(
            EvaluationRequest.DEFAULT_TEST_DAYS, end, EvaluationRequest.DEFAULT_BOOTSTRAP_SAMPLES);
    return new Evaluator(EvaluatorTest.defaults(), EmbeddedSettings.defaults(), null)
        .evaluate(Evaluator.split(history, request), request, (f, p) -> {});
  }

  @Test
  void autoPicksARepeatHeavyPolicyInTheGroceryWorld() {
    for (String context : List.of("home", "email")) {
      ContextReport report = EvaluatorTest.context(reports.get(RepeatProfile.GROCERY), context);
      PolicyScore chosen = EvaluatorTest.score(report, report.auto().policy());

      assertThat(repeatHeavy(report.auto())).as(report.auto().reason()).isTrue();
      assertThat(chosen.repeatShare()).isGreaterThan(0.5);
    }
  }

  @Test
  void autoPicksDiscoveryInTheFashionWorld() {
    for (String context : List.of("home", "email")) {
      ContextReport report = EvaluatorTest.context(reports.get(RepeatProfile.FASHION), context);

      assertThat(repeatHeavy(report.auto())).as(report.auto().reason()).isFalse();
      assertThat(report.auto().policy())
          .isIn(
              Policy.EXCLUDE_PURCHASED,
              Policy.REPEAT_ALLOWED,
              Policy.SIMILAR_TO_RECENT,
              Policy.BLEND);
    }
  }

  @Test
  void homeAndEmailAreNeverBelowPersonalTopFrequency() {
    for (EvaluationReport world : reports.values()) {
      for (String context : List.of("home", "email")) {
        ContextReport report = EvaluatorTest.context(world, context);
        double auto = EvaluatorTest.score(report, report.auto().policy()).hitRate();

        assertThat(auto)
            .isGreaterThanOrEqualTo(EvaluatorTest.score(report, Policy.TOP_FREQUENCY).hitRate());
      }
    }
  }

  /**
   * Out of sample: the policy auto would have chosen a month earlier, measured on the last month,
   * is still at least personal top-frequency (within the bootstrap interval's noise).
   */
  @Test
  void theChoiceOfTheMonthBeforeHoldsOnTheLastMonth() {
    for (RepeatProfile profile : reports.keySet()) {
      for (String context : List.of("home", "email")) {
        String earlier = EvaluatorTest.context(monthBefore.get(profile), context).auto().policy();
        ContextReport later = EvaluatorTest.context(reports.get(profile), context);

        assertThat(EvaluatorTest.score(later, earlier).hitRate())
            .as(profile + " " + context + ": " + earlier)
            .isGreaterThanOrEqualTo(EvaluatorTest.score(later, Policy.TOP_FREQUENCY).hitRateLow());
      }
    }
  }

  @Test
  void theOldHomePolicyLosesToTopFrequencyWhereCustomersRepeat() {
    ContextReport home = EvaluatorTest.context(reports.get(RepeatProfile.GROCERY), "home");

    assertThat(EvaluatorTest.score(home, Policy.EXCLUDE_PURCHASED).hitRate())
        .isLessThan(EvaluatorTest.score(home, Policy.TOP_FREQUENCY).hitRateLow());
  }

  /** Buy-again, top-frequency, or a blend leaning on frequent items. */
  static boolean repeatHeavy(ContextReport.AutoReport auto) {
    return auto.policy().equals(Policy.BUY_AGAIN)
        || auto.policy().equals(Policy.TOP_FREQUENCY)
        || (auto.policy().equals(Policy.BLEND) && auto.weight() >= 0.5);
  }

  private static void write() throws IOException {
    StringBuilder md = new StringBuilder();
    for (var entry : reports.entrySet()) {
      EvaluationReport report = entry.getValue();
      ContextReport home = EvaluatorTest.context(report, "home");
      md.append(
          String.format(
              Locale.ROOT,
              "%n### %s world (seed %d, %,d customers; split %s, %d test customers, %d with"
                  + " fewer than 3 orders; blend weight %.1f)%n%n",
              entry.getKey().name().toLowerCase(Locale.ROOT),
              SEED,
              CUSTOMERS,
              report.split(),
              home.testCustomers(),
              home.fewOrderCustomers(),
              home.blendWeight()));
      md.append("| policy | HR@10 | 95 % interval | NDCG@10 | MRR | coverage | repeat share |\n");
      md.append("|---|---:|---|---:|---:|---:|---:|\n");
      for (PolicyScore s : home.policies()) {
        md.append(
            String.format(
                Locale.ROOT,
                "| %s | %.3f | %.3f–%.3f | %.3f | %.3f | %.3f | %.2f |%n",
                s.policy(),
                s.hitRate(),
                s.hitRateLow(),
                s.hitRateHigh(),
                s.ndcg(),
                s.mrr(),
                s.coverage(),
                s.repeatShare()));
      }
      md.append("\nauto: ").append(home.auto()).append('\n');
      md.append("auto a month before: ")
          .append(EvaluatorTest.context(monthBefore.get(entry.getKey()), "home").auto())
          .append('\n');
    }
    Path out = Path.of("target", "recommendation-policies.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, md.toString());
  }
}
