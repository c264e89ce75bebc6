package io.c360.activation.campaign.web;

import io.c360.activation.campaign.Campaign;
import io.c360.activation.campaign.CampaignId;
import io.c360.activation.campaign.CampaignService;
import io.c360.activation.campaign.FrequencyCap;
import io.c360.activation.campaign.MessageTemplate;
import io.c360.activation.campaign.Progress;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Win-back campaigns: create, launch, follow. */
@RestController
@RequestMapping("/v1/campaigns")
@Tag(name = "campaigns", description = "Win-back campaigns with a holdout control group")
class CampaignController {

  private final CampaignService campaigns;

  CampaignController(CampaignService campaigns) {
    this.campaigns = campaigns;
  }

  record CampaignResponse(
      String id,
      String name,
      String type,
      String audienceId,
      String channel,
      MessageTemplate template,
      int recommendations,
      double holdoutPercent,
      @Nullable Instant startAt,
      FrequencyCap frequencyCap,
      int conversionWindowDays,
      String experimentKey,
      String status,
      Instant createdAt,
      @Nullable Instant launchedAt,
      @Nullable Instant completedAt,
      Progress progress,
      boolean waitingForAudience) {

    static CampaignResponse of(Campaign c, boolean waitingForAudience) {
      return new CampaignResponse(
          c.id().value(),
          c.name(),
          c.type(),
          c.audienceId().value(),
          c.channel().wireName(),
          c.template(),
          c.recommendations(),
          c.holdoutPercent(),
          c.startAt(),
          c.frequencyCap(),
          c.conversionWindowDays(),
          c.experimentKey(),
          c.status().wireName(),
          c.createdAt(),
          c.launchedAt(),
          c.completedAt(),
          c.progress(),
          waitingForAudience);
    }
  }

  @PostMapping
  @Operation(
      summary = "Create a win-back campaign (a draft until launched)",
      description =
          "Defaults: type win-back, recommendations 3, holdoutPercent 10, frequencyCap 1 message"
              + " per 7 days, conversionWindowDays 14, experimentKey the campaign id, startAt at"
              + " launch.")
  ResponseEntity<CampaignResponse> create(@RequestBody CampaignService.Definition definition) {
    Campaign campaign = campaigns.create(definition);
    return ResponseEntity.created(URI.create("/v1/campaigns/" + campaign.id()))
        .body(response(campaign));
  }

  @GetMapping
  @Operation(summary = "Every campaign")
  List<CampaignResponse> list() {
    return campaigns.list().stream().map(this::response).toList();
  }

  @GetMapping("/{id}")
  @Operation(summary = "A campaign with its status and progress")
  CampaignResponse get(@PathVariable String id) {
    return response(campaigns.get(new CampaignId(id)));
  }

  @PostMapping("/{id}/launch")
  @Operation(
      summary = "Launch a draft, or relaunch a completed campaign for members who joined since",
      description =
          "Launched while its audience still computes its first membership, the campaign waits"
              + " (waitingForAudience: true) and starts sending once the audience is computed.")
  ResponseEntity<CampaignResponse> launch(@PathVariable String id) {
    return ResponseEntity.accepted()
        .location(URI.create("/v1/campaigns/" + id))
        .body(response(campaigns.launch(new CampaignId(id))));
  }

  private CampaignResponse response(Campaign campaign) {
    return CampaignResponse.of(campaign, campaigns.waitingForAudience(campaign));
  }
}
