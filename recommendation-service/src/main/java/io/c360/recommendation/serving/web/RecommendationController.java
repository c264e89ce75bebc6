package io.c360.recommendation.serving.web;

import io.c360.platform.problem.ApiProblem;
import io.c360.recommendation.serving.Experiments;
import io.c360.recommendation.serving.Experiments.VariantStats;
import io.c360.recommendation.serving.RecommendationService;
import io.c360.recommendation.serving.Recommendations;
import io.c360.recommendation.serving.RecommendedItem;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The recommendation API for web and mobile apps. */
@RestController
class RecommendationController {

  private static final Set<String> FEEDBACK = Set.of("impression", "click");

  private final RecommendationService service;
  private final Experiments experiments;

  RecommendationController(RecommendationService service, Experiments experiments) {
    this.service = service;
    this.experiments = experiments;
  }

  record ItemsResponse(List<RecommendedItem> items) {}

  record RankingRequest(
      @Nullable String userId, @Nullable String anonymousId, @Nullable List<String> skus) {}

  record FeedbackRequest(
      @Nullable String recommendationId, @Nullable String type, @Nullable String sku) {}

  record FeedbackResponse(String recommendationId, String type, String context, String variant) {}

  @Operation(
      summary =
          "Recommendations for a user or anonymous visitor in a context (home, product, cart, checkout, email)")
  @GetMapping("/v1/recommendations")
  Recommendations recommendations(
      @RequestParam(required = false) @Nullable String userId,
      @RequestParam(required = false) @Nullable String anonymousId,
      @RequestParam(defaultValue = "home") String context,
      @RequestParam(required = false) @Nullable String itemId,
      @RequestParam(defaultValue = "10") int numResults,
      @RequestParam(required = false) @Nullable String category,
      @RequestParam(required = false) @Nullable String device) {
    return service.recommend(
        new RecommendationService.Request(
            userId,
            anonymousId,
            context,
            itemId,
            numResults,
            category,
            device == null ? Map.of() : Map.of("DEVICE", device)));
  }

  @Operation(summary = "Items similar to an item, in stock")
  @GetMapping("/v1/items/{sku}/similar")
  ItemsResponse similar(
      @PathVariable String sku, @RequestParam(defaultValue = "10") int numResults) {
    return new ItemsResponse(service.similar(sku, numResults));
  }

  @Operation(summary = "The most popular items in stock, optionally in one category")
  @GetMapping("/v1/popular")
  ItemsResponse popular(
      @RequestParam(required = false) @Nullable String category,
      @RequestParam(defaultValue = "10") int numResults) {
    return new ItemsResponse(service.popular(category, numResults));
  }

  @Operation(summary = "Re-rank a candidate list of items for a user")
  @PostMapping("/v1/rankings")
  ItemsResponse rank(@RequestBody RankingRequest request) {
    if (request.skus() == null) {
      throw ApiProblem.badRequest("skus is required: the candidate skus to rank");
    }
    return new ItemsResponse(service.rank(request.userId(), request.anonymousId(), request.skus()));
  }

  @Operation(
      summary = "Report a click or purchase on a recommendation, for its variant's statistics")
  @PostMapping("/v1/feedback")
  ResponseEntity<FeedbackResponse> feedback(@RequestBody FeedbackRequest request) {
    if (request.recommendationId() == null || request.recommendationId().isBlank()) {
      throw ApiProblem.badRequest("recommendationId is required");
    }
    if (request.type() == null || !FEEDBACK.contains(request.type())) {
      throw ApiProblem.badRequest("type must be one of " + FEEDBACK.stream().sorted().toList());
    }
    var exposure =
        experiments
            .feedback(request.recommendationId(), request.type())
            .orElseThrow(
                () ->
                    new ApiProblem(
                        HttpStatus.NOT_FOUND,
                        "no recommendation '"
                            + request.recommendationId()
                            + "' in the last day; send feedback with the id of a recent answer"));
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .body(
            new FeedbackResponse(
                request.recommendationId(),
                request.type(),
                exposure.context(),
                exposure.variant()));
  }

  @Operation(summary = "Exposures, clicks and purchases per context and variant")
  @GetMapping("/v1/experiments")
  List<VariantStats> experiments() {
    return experiments.stats();
  }
}
