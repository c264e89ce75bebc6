package io.c360.console.recommendations;

import io.c360.console.web.Charts;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A completed evaluation of the recommendation policies, from recommendation-service's {@code GET
 * /v1/evaluations/{id}}: per context, every policy's scores (best HR@10 first, as the service
 * orders them), the row {@code auto} chose and the best simple baseline.
 *
 * @param chart an ECharts option: HR@10 with its 95 % interval per policy, for {@code chartContext}
 */
record EvaluationReport(
    String id,
    String finishedAt,
    String split,
    String testEnd,
    int testDays,
    int interactions,
    List<ContextTable> contexts,
    String chartContext,
    String chart) {

  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  /** One context's table. */
  record ContextTable(
      String context,
      String rules,
      int testCustomers,
      String bestBaseline,
      String auto,
      String fewOrdersPolicy,
      String autoReason,
      List<PolicyRow> policies) {}

  /** One policy on one context's test customers. */
  record PolicyRow(
      String policy,
      double hitRate,
      double hitRateLow,
      double hitRateHigh,
      double ndcg,
      double mrr,
      double coverage,
      double repeatShare,
      int customers,
      boolean auto,
      boolean bestBaseline) {}

  /** The report of {@code evaluation} (a job as the service answers it), null before it has one. */
  static @Nullable EvaluationReport of(Map<?, ?> evaluation) {
    if (!(evaluation.get("report") instanceof Map<?, ?> report)) {
      return null;
    }
    List<ContextTable> contexts = new ArrayList<>();
    for (Map<?, ?> context : maps(report.get("contexts"))) {
      Map<?, ?> auto = context.get("auto") instanceof Map<?, ?> a ? a : Map.of();
      String chosen = text(auto.get("policy"));
      String baseline = text(context.get("bestBaseline"));
      List<PolicyRow> rows = new ArrayList<>();
      for (Map<?, ?> score : maps(context.get("policies"))) {
        String policy = text(score.get("policy"));
        rows.add(
            new PolicyRow(
                policy,
                number(score.get("hitRate")),
                number(score.get("hitRateLow")),
                number(score.get("hitRateHigh")),
                number(score.get("ndcg")),
                number(score.get("mrr")),
                number(score.get("coverage")),
                number(score.get("repeatShare")),
                whole(score.get("customers")),
                policy.equals(chosen),
                policy.equals(baseline)));
      }
      contexts.add(
          new ContextTable(
              text(context.get("context")),
              text(context.get("rules")),
              whole(context.get("testCustomers")),
              baseline,
              chosen,
              text(auto.get("fewOrdersPolicy")),
              text(auto.get("reason")),
              List.copyOf(rows)));
    }
    ContextTable charted =
        contexts.stream()
            .filter(c -> c.context().equals("home"))
            .findFirst()
            .orElse(contexts.isEmpty() ? null : contexts.getFirst());
    return new EvaluationReport(
        text(evaluation.get("id")),
        when(evaluation.get("finishedAt")),
        when(report.get("split")),
        when(report.get("testEnd")),
        whole(report.get("testDays")),
        whole(report.get("interactions")),
        List.copyOf(contexts),
        charted == null ? "" : charted.context(),
        charted == null ? "" : chart(charted));
  }

  /** HR@10 per policy as bars, its 95 % bootstrap interval as a box from low to high. */
  static String chart(ContextTable context) {
    List<String> policies = new ArrayList<>();
    List<Double> rates = new ArrayList<>();
    List<List<Double>> intervals = new ArrayList<>();
    for (PolicyRow row : context.policies()) {
      policies.add(row.policy());
      rates.add(row.hitRate());
      intervals.add(
          List.of(
              row.hitRateLow(),
              row.hitRateLow(),
              row.hitRate(),
              row.hitRateHigh(),
              row.hitRateHigh()));
    }
    return Charts.barsWithInterval(
        "HR@10 with its 95 % interval, context " + context.context(),
        policies,
        "HR@10",
        rates,
        "95 % interval",
        intervals);
  }

  private static List<Map<?, ?>> maps(@Nullable Object value) {
    List<Map<?, ?>> maps = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object element : list) {
        if (element instanceof Map<?, ?> map) {
          maps.add(map);
        }
      }
    }
    return maps;
  }

  /** An instant to the minute, as people read it; anything else as it came. */
  private static String when(@Nullable Object value) {
    try {
      return MINUTES.format(Instant.parse(text(value)));
    } catch (DateTimeParseException e) {
      return text(value);
    }
  }

  private static String text(@Nullable Object value) {
    return value == null ? "" : value.toString();
  }

  private static double number(@Nullable Object value) {
    return value instanceof Number n ? Math.round(n.doubleValue() * 10000) / 10000.0 : 0;
  }

  private static int whole(@Nullable Object value) {
    return value instanceof Number n ? n.intValue() : 0;
  }
}
