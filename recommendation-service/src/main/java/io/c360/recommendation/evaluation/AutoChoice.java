package io.c360.recommendation.evaluation;

import io.c360.recommendation.evaluation.ContextReport.AutoReport;
import io.c360.recommendation.policy.Policy;
import java.util.List;
import java.util.Locale;

/**
 * What {@code auto} serves, from one context's scores: the policy with the best HR@10, unless it
 * does not beat the best simple baseline (top-frequency, buy-again, popularity, trending) strictly,
 * in which case the baseline; for customers with fewer than three orders, the policy with the best
 * HR@10 among them, unless it does not beat popularity strictly there.
 */
final class AutoChoice {

  private AutoChoice() {}

  static PolicyScore bestBaseline(List<PolicyScore> scores) {
    PolicyScore best = null;
    for (PolicyScore score : scores) {
      if (Policy.SIMPLE_BASELINES.contains(score.policy())
          && (best == null || score.hitRate() > best.hitRate())) {
        best = score;
      }
    }
    if (best == null) {
      throw new IllegalStateException("every evaluation measures the simple baselines");
    }
    return best;
  }

  static AutoReport choose(List<PolicyScore> scores) {
    PolicyScore baseline = bestBaseline(scores);
    PolicyScore best = baseline;
    for (PolicyScore score : scores) {
      if (score.hitRate() > best.hitRate()) {
        best = score;
      }
    }
    PolicyScore popularity = named(scores, Policy.POPULARITY);
    PolicyScore few = popularity;
    for (PolicyScore score : scores) {
      if (fewRate(score) > fewRate(few)) {
        few = score;
      }
    }
    String reason =
        best == baseline
            ? String.format(
                Locale.ROOT,
                "%s: the best simple baseline (HR@10 %.3f); no policy beat it",
                best.policy(),
                best.hitRate())
            : String.format(
                Locale.ROOT,
                "%s: HR@10 %.3f against the best simple baseline %s at %.3f",
                best.policy(),
                best.hitRate(),
                baseline.policy(),
                baseline.hitRate());
    return new AutoReport(best.policy(), weightOf(best), few.policy(), weightOf(few), reason);
  }

  private static double weightOf(PolicyScore score) {
    return score.weight() == null ? 0 : score.weight();
  }

  private static double fewRate(PolicyScore score) {
    return score.hitRateFewOrders() == null ? -1 : score.hitRateFewOrders();
  }

  private static PolicyScore named(List<PolicyScore> scores, String policy) {
    return scores.stream()
        .filter(s -> s.policy().equals(policy))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no " + policy + " in the scores"));
  }
}
