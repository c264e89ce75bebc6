package io.c360.activation.export.web;

import io.c360.activation.audience.AudienceId;
import io.c360.activation.campaign.CampaignId;
import io.c360.activation.export.ExportReport;
import io.c360.activation.export.Exports;
import io.c360.activation.export.Exports.Destination;
import io.c360.activation.export.UnknownAudienceException;
import io.c360.activation.segment.SegmentUnavailableException;
import io.c360.platform.problem.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exports for marketers: an audience to Segment or as a lookalike seed list ({@code POST
 * /v1/audiences/{id}/exports}), and the top fraction of a score as a lookalike seed list ({@code
 * POST /v1/exports/lookalike}). Both answer with the counts once the export is done.
 */
@RestController
class ExportController {

  /**
   * {@code {"destination": "segment" | "lookalike", "campaignId": "cmp-..."}}; campaignId (segment
   * only) marks the campaign's control group so ads hold out the same members as messages.
   */
  record AudienceExportRequest(@Nullable String destination, @Nullable String campaignId) {}

  /** {@code {"scoreModel": "churn_90d", "topFraction": 0.1}}; topFraction defaults to 0.1. */
  record LookalikeRequest(@Nullable String scoreModel, @Nullable Double topFraction) {}

  static final double DEFAULT_TOP_FRACTION = 0.1;
  private static final Pattern MODEL = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

  private final Exports exports;

  ExportController(Exports exports) {
    this.exports = exports;
  }

  @Operation(summary = "Export an audience to a destination (Segment or a hashed-identifier file)")
  @PostMapping("/v1/audiences/{id}/exports")
  ExportReport exportAudience(@PathVariable String id, @RequestBody AudienceExportRequest request) {
    if (request.destination() == null || request.destination().isBlank()) {
      throw ApiProblem.badRequest("destination is required: segment or lookalike");
    }
    Destination destination;
    try {
      destination = Destination.parse(request.destination());
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest(e.getMessage());
    }
    try {
      return exports.exportAudience(
          new AudienceId(id),
          destination,
          request.campaignId() == null ? null : new CampaignId(request.campaignId()));
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest(e.getMessage());
    } catch (UnknownAudienceException e) {
      throw ApiProblem.notFound(e.getMessage());
    } catch (SegmentUnavailableException e) {
      throw new ApiProblem(
          HttpStatus.SERVICE_UNAVAILABLE,
          "Segment did not accept the export; members already sent keep their traits, try again"
              + " later");
    }
  }

  @Operation(summary = "Export the top propensity decile as hashed identifiers, a lookalike seed")
  @PostMapping("/v1/exports/lookalike")
  ExportReport exportLookalike(@RequestBody LookalikeRequest request) {
    String model = request.scoreModel();
    if (model == null || !MODEL.matcher(model).matches()) {
      throw ApiProblem.badRequest(
          "scoreModel is required: a model name such as churn_90d (letters, digits, _)");
    }
    double fraction = request.topFraction() == null ? DEFAULT_TOP_FRACTION : request.topFraction();
    if (!(fraction > 0 && fraction <= 1)) {
      throw ApiProblem.badRequest(
          "topFraction must be greater than 0 and at most 1, was " + request.topFraction());
    }
    return exports.exportTopScores(model, fraction);
  }
}
