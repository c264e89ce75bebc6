package io.c360.console.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** ECharts options as JSON, for {@code <div class="chart" data-chart="...">}. */
public final class Charts {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Charts() {}

  /** Grouped bars: one series per entry of {@code series}, one bar per category. */
  public static String bars(
      String title, List<String> categories, Map<String, List<Double>> series) {
    return json(
        option(
            title,
            Map.of("type", "category", "data", categories, "axisLabel", Map.of("interval", 0)),
            Map.of("type", "value"),
            series.entrySet().stream()
                .map(e -> (Object) Map.of("name", e.getKey(), "type", "bar", "data", e.getValue()))
                .toList()));
  }

  /**
   * Bars with an interval on each: a bar series and a box series whose boxes are [low, low, value,
   * high, high], so each box spans the interval with the value marked.
   */
  public static String barsWithInterval(
      String title,
      List<String> categories,
      String valueName,
      List<Double> values,
      String intervalName,
      List<List<Double>> intervals) {
    Map<String, Object> option =
        option(
            title,
            Map.of("type", "category", "data", categories, "axisLabel", Map.of("interval", 0)),
            Map.of("type", "value", "min", 0, "max", 1),
            List.of(
                Map.of("name", valueName, "type", "bar", "data", values),
                Map.of(
                    "name",
                    intervalName,
                    "type",
                    "boxplot",
                    "data",
                    intervals,
                    "boxWidth",
                    List.of(8, 16))));
    option.put("tooltip", Map.of("trigger", "item"));
    return json(option);
  }

  /** Lines over numeric x values; each series is a list of [x, y] points. */
  public static String lines(
      String title, String xName, String yName, Map<String, List<List<Double>>> series) {
    return json(
        option(
            title,
            Map.of("type", "value", "name", xName, "min", 0, "max", 1),
            Map.of("type", "value", "name", yName, "min", 0, "max", 1),
            series.entrySet().stream()
                .map(
                    e ->
                        (Object)
                            Map.of(
                                "name",
                                e.getKey(),
                                "type",
                                "line",
                                "data",
                                e.getValue(),
                                "symbolSize",
                                6))
                .toList()));
  }

  private static Map<String, Object> option(
      String title, Map<String, Object> x, Map<String, Object> y, List<Object> series) {
    Map<String, Object> option = new LinkedHashMap<>();
    option.put("title", Map.of("text", title, "textStyle", Map.of("fontSize", 14)));
    option.put("tooltip", Map.of("trigger", "axis"));
    option.put("legend", Map.of("bottom", 0));
    option.put("grid", Map.of("left", 56, "right", 24, "bottom", 56));
    option.put("xAxis", x);
    option.put("yAxis", y);
    option.put("series", series);
    return option;
  }

  private static String json(Object value) {
    return JSON.writeValueAsString(value);
  }
}
