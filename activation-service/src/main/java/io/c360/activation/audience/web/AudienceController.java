package io.c360.activation.audience.web;

import io.c360.activation.audience.Audience;
import io.c360.activation.audience.AudienceId;
import io.c360.activation.audience.AudienceRules;
import io.c360.activation.audience.AudienceService;
import io.c360.activation.audience.AudienceStore;
import io.c360.activation.audience.MemberPage;
import io.c360.activation.profile.ProfileId;
import io.c360.platform.problem.ApiProblem;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Audiences: create, read, list members, recompute. */
@RestController
@RequestMapping("/v1/audiences")
@Tag(name = "audiences", description = "Rules over profile attributes, consent and scores")
class AudienceController {

  private static final int SAMPLE = 10;

  private final AudienceService audiences;
  private final AudienceStore store;

  AudienceController(AudienceService audiences, AudienceStore store) {
    this.audiences = audiences;
    this.store = store;
  }

  /**
   * An audience as marketers see it.
   *
   * @param status {@code computing} while its members are being (re)computed, else {@code ready}
   */
  record AudienceResponse(
      String id,
      String key,
      String name,
      JsonNode rule,
      long size,
      String status,
      Instant createdAt,
      @Nullable Instant computedAt,
      @Nullable List<String> sampleMembers) {}

  record MembersResponse(String audienceId, List<String> members, @Nullable String next) {}

  @PostMapping
  @Operation(summary = "Create an audience; its members are computed in the background")
  ResponseEntity<AudienceResponse> create(@RequestBody AudienceService.Definition definition) {
    Audience audience = audiences.create(definition);
    return ResponseEntity.created(URI.create("/v1/audiences/" + audience.id()))
        .body(response(audience, null));
  }

  @GetMapping
  @Operation(summary = "Every audience")
  List<AudienceResponse> list() {
    return audiences.list().stream().map(a -> response(a, null)).toList();
  }

  /** A rule to size, as the rule builder sends it while a marketer edits. */
  record EstimateRequest(@Nullable JsonNode rule) {}

  /** How many profiles the rule selects now. */
  record EstimateResponse(long size, Instant estimatedAt) {}

  @PostMapping("/estimate")
  @Operation(summary = "Count the profiles a rule selects now, without creating an audience")
  EstimateResponse estimate(@RequestBody EstimateRequest request) {
    return new EstimateResponse(audiences.estimate(request.rule()), Instant.now());
  }

  @GetMapping("/{id}")
  @Operation(summary = "An audience: definition, size, sample members, when computed")
  AudienceResponse get(@PathVariable String id) {
    Audience audience = audiences.get(new AudienceId(id));
    List<String> sample =
        store.members(audience.id(), null, SAMPLE).members().stream()
            .map(ProfileId::value)
            .toList();
    return response(audience, sample);
  }

  @GetMapping("/{id}/members")
  @Operation(summary = "The audience's members in profileId order, a page at a time")
  MembersResponse members(
      @PathVariable String id,
      @RequestParam(defaultValue = "100") int limit,
      @RequestParam(required = false) @Nullable String after) {
    if (limit < 1 || limit > 1000) {
      throw ApiProblem.badRequest("limit must be between 1 and 1000, got " + limit);
    }
    Audience audience = audiences.get(new AudienceId(id));
    MemberPage page = store.members(audience.id(), after, limit);
    return new MembersResponse(
        audience.id().value(), page.members().stream().map(ProfileId::value).toList(), page.next());
  }

  @PostMapping("/{id}/refresh")
  @Operation(summary = "Recompute the audience over every profile (in the background)")
  ResponseEntity<AudienceResponse> refresh(@PathVariable String id) {
    AudienceId audienceId = new AudienceId(id);
    audiences.refresh(audienceId);
    return ResponseEntity.accepted()
        .location(URI.create("/v1/audiences/" + id))
        .body(response(audiences.get(audienceId), null));
  }

  private AudienceResponse response(Audience audience, @Nullable List<String> sample) {
    return new AudienceResponse(
        audience.id().value(),
        audience.key(),
        audience.name(),
        AudienceRules.toJson(audience.rule()),
        audience.size(),
        audiences.isComputing(audience.id()) ? "computing" : "ready",
        audience.createdAt(),
        audience.computedAt(),
        sample);
  }
}
