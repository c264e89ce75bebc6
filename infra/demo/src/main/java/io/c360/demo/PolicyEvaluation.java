package io.c360.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Part of step 5: asks recommendation-service to evaluate every policy on the history the demo just
 * loaded ({@code POST /v1/evaluations}, the last 30 days of the data held out), waits for the job,
 * and prints the table for {@code home} and {@code email} with the policy {@code auto} chose.
 */
final class PolicyEvaluation {

  private static final Duration TIMEOUT = Duration.ofMinutes(10);
  static final List<String> CONTEXTS = List.of("home", "email");

  /** One row of the printed table. */
  record Row(String policy, double hitRate, double low, double high, double ndcg, double repeat) {}

  /** What the demo prints for one context. */
  record Table(String context, int customers, List<Row> rows, String auto, String reason) {}

  private final Api analyst;
  private final PrintStream out;

  PolicyEvaluation(Api analyst, PrintStream out) {
    this.analyst = analyst;
    this.out = out;
  }

  List<Table> run() {
    JsonNode started = analyst.post("/v1/evaluations", Map.of("testDays", 30), 202);
    String id = started.path("id").asString("");
    out.printf(
        "      POST /v1/evaluations -> %s: every policy replayed on the service's history,"
            + " the last 30 days held out%n",
        id);
    JsonNode done =
        Waiting.until(
            "recommendation-service to finish evaluation " + id,
            TIMEOUT,
            Duration.ofSeconds(1),
            () -> {
              JsonNode job = analyst.get("/v1/evaluations/" + id);
              String status = job.path("status").asString("");
              if (status.equals("FAILED")) {
                throw new DemoFailedException(
                    "evaluation " + id + " failed: " + job.path("error").asString(""));
              }
              return status.equals("COMPLETED") ? Optional.of(job) : Optional.empty();
            });
    List<Table> tables = tables(done);
    JsonNode report = done.path("report");
    out.printf(
        "      split %s, test window to %s%n",
        report.path("split").asString(""), report.path("testEnd").asString(""));
    tables.forEach(this::print);
    return tables;
  }

  static List<Table> tables(JsonNode evaluation) {
    List<Table> tables = new ArrayList<>();
    for (JsonNode context : evaluation.path("report").path("contexts").values()) {
      String name = context.path("context").asString("");
      if (!CONTEXTS.contains(name)) {
        continue;
      }
      List<Row> rows = new ArrayList<>();
      for (JsonNode p : context.path("policies").values()) {
        String policy = p.path("policy").asString("");
        if (p.has("weight")) {
          policy = String.format(Locale.ROOT, "%s(%.1f)", policy, p.path("weight").asDouble());
        }
        rows.add(
            new Row(
                policy,
                p.path("hitRate").asDouble(),
                p.path("hitRateLow").asDouble(),
                p.path("hitRateHigh").asDouble(),
                p.path("ndcg").asDouble(),
                p.path("repeatShare").asDouble()));
      }
      JsonNode auto = context.path("auto");
      tables.add(
          new Table(
              name,
              context.path("testCustomers").asInt(),
              rows,
              auto.path("policy").asString(""),
              auto.path("reason").asString("")));
    }
    return tables;
  }

  private void print(Table table) {
    out.printf("%n      context %s, %,d test customers:%n", table.context(), table.customers());
    out.printf(
        "        %-20s %7s  %-13s %8s %8s%n",
        "policy", "HR@10", "95 % interval", "NDCG@10", "repeat");
    for (Row row : table.rows()) {
      out.printf(
          Locale.ROOT,
          "        %-20s %7.3f  %.3f-%.3f   %8.3f %8.2f%n",
          row.policy(),
          row.hitRate(),
          row.low(),
          row.high(),
          row.ndcg(),
          row.repeat());
    }
    out.printf("      auto chose %s (%s)%n", table.auto(), table.reason());
  }
}
