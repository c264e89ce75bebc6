package io.c360.console.campaigns;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A campaign report's two arms with 95 % intervals for each arm's conversion rate (Wald) and
 * revenue per member (normal approximation), and the ECharts options that draw them: a bar per arm
 * for the estimate and a thin bar over the interval.
 */
record Outcome(Arm treatment, Arm control, String conversionChart, String revenueChart) {

  static final double Z95 = 1.959963984540054;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** One arm's estimates and intervals. */
  record Arm(
      long members,
      long conversions,
      double rate,
      double rateLow,
      double rateHigh,
      double revenuePerMember,
      double revenueLow,
      double revenueHigh) {}

  /** A group and its numbers, for the table. */
  record Row(String name, Arm arm) {}

  public List<Row> rows() {
    return List.of(new Row("treatment", treatment), new Row("control", control));
  }

  static Outcome of(Map<String, Object> report) {
    Arm treatment = arm(report.get("treatment"));
    Arm control = arm(report.get("control"));
    return new Outcome(
        treatment,
        control,
        chart(
            "Conversion rate (95 % interval)",
            treatment.rate(),
            treatment.rateLow(),
            treatment.rateHigh(),
            control.rate(),
            control.rateLow(),
            control.rateHigh()),
        chart(
            "Revenue per member (95 % interval)",
            treatment.revenuePerMember(),
            treatment.revenueLow(),
            treatment.revenueHigh(),
            control.revenuePerMember(),
            control.revenueLow(),
            control.revenueHigh()));
  }

  static Arm arm(@Nullable Object value) {
    Map<?, ?> arm = value instanceof Map<?, ?> m ? m : Map.of();
    long n = (long) number(arm.get("members"));
    long conversions = (long) number(arm.get("conversions"));
    double revenue = number(arm.get("revenue"));
    double squares = number(arm.get("revenueSquares"));
    double p = n == 0 ? 0 : (double) conversions / n;
    double pHalf = n == 0 ? 0 : Z95 * Math.sqrt(p * (1 - p) / n);
    double mean = n == 0 ? 0 : revenue / n;
    double variance = n < 2 ? 0 : Math.max(0, (squares - n * mean * mean) / (n - 1));
    double rHalf = n == 0 ? 0 : Z95 * Math.sqrt(variance / n);
    return new Arm(
        n,
        conversions,
        p,
        Math.max(0, p - pHalf),
        Math.min(1, p + pHalf),
        mean,
        Math.max(0, mean - rHalf),
        mean + rHalf);
  }

  private static double number(@Nullable Object value) {
    return value instanceof Number n ? n.doubleValue() : 0;
  }

  /** Bars for the estimates, and the interval drawn as a stacked range (transparent base). */
  private static String chart(
      String title, double t, double tLow, double tHigh, double c, double cLow, double cHigh) {
    Map<String, Object> option =
        Map.of(
            "title", Map.of("text", title, "textStyle", Map.of("fontSize", 14)),
            "tooltip", Map.of("trigger", "axis"),
            "legend", Map.of("bottom", 0, "data", List.of("estimate", "95 % interval")),
            "xAxis", Map.of("type", "category", "data", List.of("treatment", "control")),
            "yAxis", Map.of("type", "value"),
            "series",
                List.of(
                    Map.of(
                        "name",
                        "estimate",
                        "type",
                        "bar",
                        "barWidth",
                        "40%",
                        "data",
                        List.of(round(t), round(c)),
                        "itemStyle",
                        Map.of("color", "#0b5cad")),
                    Map.of(
                        "name",
                        "interval from",
                        "type",
                        "bar",
                        "stack",
                        "ci",
                        "barGap",
                        "-70%",
                        "barWidth",
                        "10%",
                        "data",
                        List.of(round(tLow), round(cLow)),
                        "itemStyle",
                        Map.of("color", "transparent"),
                        "tooltip",
                        Map.of("show", false)),
                    Map.of(
                        "name",
                        "95 % interval",
                        "type",
                        "bar",
                        "stack",
                        "ci",
                        "barWidth",
                        "10%",
                        "data",
                        List.of(round(tHigh - tLow), round(cHigh - cLow)),
                        "itemStyle",
                        Map.of("color", "#f0b400"))));
    return JSON.writeValueAsString(option);
  }

  private static double round(double value) {
    return Math.round(value * 10000) / 10000.0;
  }
}
