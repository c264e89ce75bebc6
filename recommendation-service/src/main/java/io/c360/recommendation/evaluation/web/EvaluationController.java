package io.c360.recommendation.evaluation.web;

import io.c360.platform.problem.ApiProblem;
import io.c360.platform.security.EndpointRoles;
import io.c360.platform.security.Role;
import io.c360.recommendation.evaluation.ContextReport;
import io.c360.recommendation.evaluation.Evaluation;
import io.c360.recommendation.evaluation.EvaluationRequest;
import io.c360.recommendation.evaluation.Evaluations;
import io.c360.recommendation.evaluation.PolicyScore;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /v1/evaluations} starts an offline evaluation (202 with the job and its location),
 * {@code GET /v1/evaluations/{id}} follows it and shows its report, {@code GET /v1/evaluations}
 * lists them newest first with each context's HR@10 per policy side by side. Roles {@code analyst}
 * and {@code admin}.
 */
@RestController
class EvaluationController {

  private final Evaluations evaluations;

  EvaluationController(Evaluations evaluations) {
    this.evaluations = evaluations;
  }

  /** The body of {@code POST /v1/evaluations}; every field is optional. */
  record StartRequest(
      @Nullable Integer testDays, @Nullable String end, @Nullable Integer bootstrapSamples) {}

  /** One evaluation in the list: where it stands and, per context, HR@10 by policy. */
  record Summary(
      String id,
      Evaluation.Status status,
      double progress,
      Instant requestedAt,
      @Nullable Instant split,
      @Nullable Instant testEnd,
      Map<String, ContextSummary> contexts) {}

  /** One context of a listed evaluation. */
  record ContextSummary(
      int testCustomers, String auto, String bestBaseline, Map<String, Double> hitRate) {}

  @Operation(
      summary =
          "Measure every policy on the service's own history with a temporal split (a background job)")
  @PostMapping("/v1/evaluations")
  ResponseEntity<Evaluation> start(@RequestBody(required = false) @Nullable StartRequest body) {
    StartRequest request = body == null ? new StartRequest(null, null, null) : body;
    Evaluation job =
        evaluations.start(
            new EvaluationRequest(
                request.testDays() == null
                    ? EvaluationRequest.DEFAULT_TEST_DAYS
                    : request.testDays(),
                instant(request.end()),
                request.bootstrapSamples() == null
                    ? EvaluationRequest.DEFAULT_BOOTSTRAP_SAMPLES
                    : request.bootstrapSamples()));
    return ResponseEntity.accepted().location(URI.create("/v1/evaluations/" + job.id())).body(job);
  }

  private static @Nullable Instant instant(@Nullable String end) {
    if (end == null || end.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(end.trim());
    } catch (DateTimeParseException e) {
      throw ApiProblem.badRequest(
          "end must be an ISO-8601 instant such as 2025-01-01T00:00:00Z, not '" + end + "'");
    }
  }

  @Operation(summary = "An evaluation with its progress, then its report per context and policy")
  @GetMapping("/v1/evaluations/{id}")
  Evaluation get(@PathVariable String id) {
    return evaluations
        .get(id)
        .orElseThrow(
            () ->
                ApiProblem.notFound(
                    "no evaluation '" + id + "'; GET /v1/evaluations lists the evaluations"));
  }

  @Operation(summary = "Every evaluation, newest first, with HR@10 per policy side by side")
  @GetMapping("/v1/evaluations")
  List<Summary> list(@RequestParam(required = false) @Nullable String context) {
    return evaluations.list().stream().map(e -> summary(e, context)).toList();
  }

  private static Summary summary(Evaluation evaluation, @Nullable String only) {
    Map<String, ContextSummary> contexts = new LinkedHashMap<>();
    if (evaluation.report() != null) {
      for (ContextReport c : evaluation.report().contexts()) {
        if (only != null && !only.equals(c.context())) {
          continue;
        }
        Map<String, Double> rates = new LinkedHashMap<>();
        for (PolicyScore score : c.policies()) {
          rates.put(score.policy(), score.hitRate());
        }
        contexts.put(
            c.context(),
            new ContextSummary(c.testCustomers(), c.auto().policy(), c.bestBaseline(), rates));
      }
    }
    return new Summary(
        evaluation.id(),
        evaluation.status(),
        evaluation.progress(),
        evaluation.requestedAt(),
        evaluation.report() == null ? null : evaluation.report().split(),
        evaluation.report() == null ? null : evaluation.report().testEnd(),
        contexts);
  }

  /** Evaluations are for analysts and admins. */
  @Configuration(proxyBeanMethods = false)
  static class EvaluationSecurity {
    @Bean
    EndpointRoles evaluationEndpoints() {
      return registry ->
          registry
              .requestMatchers("/v1/evaluations", "/v1/evaluations/**")
              .hasAnyRole(Role.ANALYST.name(), Role.ADMIN.name());
    }
  }
}
