package io.c360.console.models;

import io.c360.console.web.Charts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A model's versions (newest first in the table) and their test AUCs over versions, as a chart. */
record VersionTrend(List<Object> versions, String chart) {

  static VersionTrend of(Map<String, Object> details) {
    List<Object> versions =
        details.get("versions") instanceof List<?> l ? new ArrayList<>(l) : new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Double> roc = new ArrayList<>();
    List<Double> pr = new ArrayList<>();
    for (Object v : versions) {
      if (v instanceof Map<?, ?> version) {
        names.add("v" + version.get("version"));
        roc.add(ModelCharts.number(version.get("testRocAuc")));
        pr.add(ModelCharts.number(version.get("testPrAuc")));
      }
    }
    Map<String, List<Double>> series = new LinkedHashMap<>();
    series.put("ROC AUC", roc);
    series.put("PR AUC", pr);
    return new VersionTrend(
        versions.reversed(), Charts.bars("Test ROC AUC and PR AUC by version", names, series));
  }
}
