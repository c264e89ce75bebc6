package io.c360.console.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The charts of a version's training report, in the shape scoring-service answers it. */
class ModelChartsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Map<String, Object> report =
      Map.of(
          "model",
          Map.of(
              "rocAuc",
              0.81234,
              "prAuc",
              0.4,
              "deciles",
              List.of(Map.of("decile", 1, "lift", 3.2), Map.of("decile", 2, "lift", 1.9)),
              "calibration",
              List.of(
                  Map.of("rows", 10, "meanPredicted", 0.1, "observedRate", 0.12),
                  Map.of("rows", 0, "meanPredicted", 0.5, "observedRate", 0.0))),
          "baselines",
          Map.of("recency", Map.of("rocAuc", 0.7, "prAuc", 0.3)),
          "importance",
          List.of(Map.of("feature", "days_since_last_order", "gain", 12.5)));

  @Test
  void comparesTheModelWithItsBaselinesOnTheSameTest() {
    JsonNode chart = JSON.readTree(ModelCharts.aucs(report));
    assertThat(chart.at("/xAxis/data").toString()).isEqualTo("[\"model\",\"recency\"]");
    assertThat(chart.at("/series/0/name").asString()).isEqualTo("ROC AUC");
    assertThat(chart.at("/series/0/data").toString()).isEqualTo("[0.8123,0.7]");
    assertThat(chart.at("/series/1/data").toString()).isEqualTo("[0.4,0.3]");
  }

  @Test
  void drawsLiftByDecileCalibrationWithoutEmptyBinsAndImportance() {
    assertThat(JSON.readTree(ModelCharts.lift(report)).at("/series/0/data").toString())
        .isEqualTo("[3.2,1.9]");
    JsonNode calibration = JSON.readTree(ModelCharts.calibration(report));
    assertThat(calibration.at("/series/0/data").toString()).isEqualTo("[[0.1,0.12]]");
    assertThat(calibration.at("/series/1/name").asString()).isEqualTo("perfectly calibrated");
    assertThat(JSON.readTree(ModelCharts.importance(report)).at("/xAxis/data").toString())
        .isEqualTo("[\"days_since_last_order\"]");
  }
}
