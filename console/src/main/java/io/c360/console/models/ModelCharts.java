package io.c360.console.models;

import io.c360.console.web.Charts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The charts of a model version's test report: AUCs against the baselines, lift, calibration. */
final class ModelCharts {

  private ModelCharts() {}

  /** ROC AUC and PR AUC of the model and of each baseline, on the same test set. */
  static String aucs(Map<String, Object> report) {
    List<String> names = new ArrayList<>();
    List<Double> roc = new ArrayList<>();
    List<Double> pr = new ArrayList<>();
    add("model", report.get("model"), names, roc, pr);
    if (report.get("championOnSameTest") instanceof Map<?, ?> champion) {
      add("current champion", champion, names, roc, pr);
    }
    if (report.get("baselines") instanceof Map<?, ?> baselines) {
      baselines.forEach((name, metrics) -> add(String.valueOf(name), metrics, names, roc, pr));
    }
    Map<String, List<Double>> series = new LinkedHashMap<>();
    series.put("ROC AUC", roc);
    series.put("PR AUC", pr);
    return Charts.bars("Test ROC AUC and PR AUC against the baselines", names, series);
  }

  /** The positive rate's lift in each score decile (1 = highest scores). */
  static String lift(Map<String, Object> report) {
    List<String> deciles = new ArrayList<>();
    List<Double> lift = new ArrayList<>();
    for (Object row : rows(metrics(report), "deciles")) {
      Map<?, ?> decile = (Map<?, ?>) row;
      deciles.add(String.valueOf(decile.get("decile")));
      lift.add(number(decile.get("lift")));
    }
    return Charts.bars("Lift by decile (1 = highest scores)", deciles, Map.of("lift", lift));
  }

  /** Mean predicted probability against the observed rate per bin, and the diagonal. */
  static String calibration(Map<String, Object> report) {
    List<List<Double>> points = new ArrayList<>();
    for (Object row : rows(metrics(report), "calibration")) {
      Map<?, ?> bin = (Map<?, ?>) row;
      if (number(bin.get("rows")) > 0) {
        points.add(List.of(number(bin.get("meanPredicted")), number(bin.get("observedRate"))));
      }
    }
    Map<String, List<List<Double>>> series = new LinkedHashMap<>();
    series.put("model", points);
    series.put("perfectly calibrated", List.of(List.of(0.0, 0.0), List.of(1.0, 1.0)));
    return Charts.lines("Calibration", "mean predicted", "observed rate", series);
  }

  /** Gain of the most important features, largest first. */
  static String importance(Map<String, Object> report) {
    List<String> features = new ArrayList<>();
    List<Double> gain = new ArrayList<>();
    for (Object row : rows(report, "importance")) {
      Map<?, ?> feature = (Map<?, ?>) row;
      if (features.size() < 15) {
        features.add(String.valueOf(feature.get("feature")));
        gain.add(number(feature.get("gain")));
      }
    }
    return Charts.bars("Feature importance (gain)", features, Map.of("gain", gain));
  }

  private static Map<?, ?> metrics(Map<String, Object> report) {
    return report.get("model") instanceof Map<?, ?> m ? m : Map.of();
  }

  private static List<?> rows(Map<?, ?> map, String key) {
    return map.get(key) instanceof List<?> list
        ? list.stream().filter(Map.class::isInstance).toList()
        : List.of();
  }

  private static void add(
      String name,
      @Nullable Object metrics,
      List<String> names,
      List<Double> roc,
      List<Double> pr) {
    if (metrics instanceof Map<?, ?> m) {
      names.add(name);
      roc.add(number(m.get("rocAuc")));
      pr.add(number(m.get("prAuc")));
    }
  }

  static double number(@Nullable Object value) {
    return value instanceof Number n ? Math.round(n.doubleValue() * 10000) / 10000.0 : 0;
  }
}
