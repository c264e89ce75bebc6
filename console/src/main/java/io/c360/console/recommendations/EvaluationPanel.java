package io.c360.console.recommendations;

import io.c360.console.services.Service;
import io.c360.console.services.ServiceClient;
import io.c360.console.services.ServiceProblem;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The section on the latest evaluation of the policies: the newest evaluation when it still runs
 * (the page polls it) or failed, and the newest completed one's report; or the problem
 * recommendation-service gave.
 *
 * @param running the newest evaluation while it runs
 * @param failure why the newest evaluation failed, when it did
 * @param report the newest completed evaluation's report; null when none exists
 */
record EvaluationPanel(
    @Nullable Running running,
    @Nullable String failure,
    @Nullable EvaluationReport report,
    @Nullable ServiceProblem problem) {

  /** An evaluation in progress. */
  record Running(String id, int percent, String phase) {}

  static EvaluationPanel load(ServiceClient services) {
    try {
      List<Object> evaluations = services.getList(Service.RECOMMENDATION, "/v1/evaluations");
      Running running = null;
      String failure = null;
      EvaluationReport report = null;
      for (int i = 0; i < evaluations.size() && report == null; i++) {
        if (!(evaluations.get(i) instanceof Map<?, ?> summary)) {
          continue;
        }
        String id = String.valueOf(summary.get("id"));
        String status = String.valueOf(summary.get("status"));
        if (i == 0 && status.equals("RUNNING")) {
          running = running(summary);
        } else if (i == 0 && status.equals("FAILED")) {
          Object error = detail(services, id).get("error");
          failure = "Evaluation " + id + " failed: " + (error == null ? "no reason given" : error);
        } else if (status.equals("COMPLETED")) {
          report = EvaluationReport.of(detail(services, id));
        }
      }
      return new EvaluationPanel(running, failure, report, null);
    } catch (ServiceProblem problem) {
      return new EvaluationPanel(null, null, null, problem);
    }
  }

  static Running running(Map<?, ?> evaluation) {
    double progress = evaluation.get("progress") instanceof Number n ? n.doubleValue() : 0;
    Object phase = evaluation.get("phase");
    return new Running(
        String.valueOf(evaluation.get("id")),
        (int) Math.round(Math.clamp(progress, 0, 1) * 100),
        phase == null ? "" : phase.toString());
  }

  private static Map<String, Object> detail(ServiceClient services, String id) {
    return services.get(Service.RECOMMENDATION, "/v1/evaluations/{id}", id);
  }
}
