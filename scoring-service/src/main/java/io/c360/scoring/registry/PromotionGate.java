package io.c360.scoring.registry;

import io.c360.scoring.registry.ModelVersion.GateCheck;
import io.c360.scoring.registry.ModelVersion.PromotionDecision;
import io.c360.scoring.training.Metrics;
import io.c360.scoring.training.TrainingReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether a newly trained version earns champion: its test ROC AUC must beat every baseline
 * in its own report by at least {@code margin}, and the current champion (if any) on the same test
 * rows. The first version of a model is held to the same baselines.
 */
final class PromotionGate {

  private final double margin;

  PromotionGate(double margin) {
    this.margin = margin;
  }

  /**
   * The decision for a report; {@code champion} is the current champion's version, or null when the
   * model has none.
   */
  PromotionDecision decide(TrainingReport report, @Nullable Integer champion) {
    double mine = report.model().rocAuc();
    List<GateCheck> checks = new ArrayList<>();
    for (Map.Entry<String, Metrics> baseline : report.baselines().entrySet()) {
      double theirs = baseline.getValue().rocAuc();
      checks.add(
          new GateCheck(
              "baseline " + baseline.getKey(),
              theirs,
              margin,
              mine - theirs >= margin && mine > theirs));
    }
    if (champion != null) {
      Metrics theirs = report.championOnSameTest();
      checks.add(
          new GateCheck(
              "champion v" + champion,
              theirs == null ? null : theirs.rocAuc(),
              0,
              theirs != null && mine > theirs.rocAuc()));
    }
    List<GateCheck> failed = checks.stream().filter(c -> !c.passed()).toList();
    String measured = String.format(Locale.ROOT, "test ROC AUC %.4f", mine);
    if (failed.isEmpty()) {
      return new PromotionDecision(
          true,
          measured
              + (champion == null ? " (first champion)" : "")
              + " beats "
              + describe(checks, mine),
          checks);
    }
    return new PromotionDecision(
        false, "not promoted: " + measured + " does not beat " + describe(failed, mine), checks);
  }

  private static String describe(List<GateCheck> checks, double mine) {
    List<String> parts = new ArrayList<>();
    for (GateCheck check : checks) {
      if (check.rocAuc() == null) {
        parts.add(
            check.against() + " (it could not be evaluated on this test set; promote explicitly)");
      } else if (check.margin() > 0) {
        parts.add(
            String.format(
                Locale.ROOT,
                "%s %.4f by the margin %.3f (difference %+.4f)",
                check.against(),
                check.rocAuc(),
                check.margin(),
                mine - check.rocAuc()));
      } else {
        parts.add(
            String.format(
                Locale.ROOT, "%s %.4f on the same test rows", check.against(), check.rocAuc()));
      }
    }
    return String.join(", ", parts);
  }
}
