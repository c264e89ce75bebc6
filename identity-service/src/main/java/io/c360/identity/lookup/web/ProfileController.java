package io.c360.identity.lookup.web;

import io.c360.common.identifier.Identifier;
import io.c360.common.identifier.IdentifierNormalizer;
import io.c360.common.identifier.IdentifierType;
import io.c360.common.profile.ProfileSnapshot;
import io.c360.identity.lookup.ProfileLookup;
import io.c360.identity.resolution.ProfileId;
import io.c360.identity.resolution.StoredProfile;
import io.c360.identity.timeline.TimelinePage;
import io.c360.platform.problem.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /v1/profiles...}: the unified profile, found by id or by any identifier. */
@RestController
@RequestMapping("/v1/profiles")
class ProfileController {

  static final int MAX_LIMIT = 1000;

  private final ProfileLookup lookup;
  private final IdentifierNormalizer normalizer;

  ProfileController(ProfileLookup lookup, IdentifierNormalizer normalizer) {
    this.lookup = lookup;
    this.normalizer = normalizer;
  }

  @Operation(summary = "A unified profile: identifiers, traits, consent, computed traits, scores")
  @GetMapping("/{id}")
  ProfileSnapshot profile(@PathVariable String id) {
    return lookup.profile(profileId(id));
  }

  /**
   * Finds the profile holding exactly one given identifier, normalized as ingest normalizes it
   * (emails lower-cased, phones to E.164).
   */
  @Operation(
      summary = "Find a profile by email, phone, userId, anonymousId, loyaltyId or customerId")
  @GetMapping
  ProfileSnapshot find(@RequestParam Map<String, String> query) {
    List<IdentifierType> given = new ArrayList<>();
    for (String name : query.keySet()) {
      IdentifierType type =
          IdentifierType.fromWireName(name)
              .orElseThrow(
                  () ->
                      ApiProblem.badRequest(
                          "unknown parameter '"
                              + name
                              + "'; use one of email, phone, userId, anonymousId, loyaltyId,"
                              + " deviceId, customerId"));
      given.add(type);
    }
    if (given.size() != 1) {
      throw ApiProblem.badRequest(
          "give exactly one of email, phone, userId, anonymousId, loyaltyId, deviceId,"
              + " customerId");
    }
    IdentifierType type = given.getFirst();
    String raw = query.get(type.wireName());
    Identifier identifier =
        normalizer
            .normalize(type, raw)
            .orElseThrow(
                () ->
                    ApiProblem.badRequest(
                        "'" + raw + "' is not a valid " + type.wireName() + " identifier"));
    return lookup.byIdentifier(identifier);
  }

  @Operation(summary = "A profile's events, newest first, paged and filtered by time and type")
  @GetMapping("/{id}/timeline")
  TimelineResponse timeline(
      @PathVariable String id,
      @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to,
      @RequestParam(defaultValue = "100") int limit,
      @RequestParam(required = false) @Nullable String after) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw ApiProblem.badRequest("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
    }
    Instant start = instant("from", from, Instant.EPOCH);
    Instant end = instant("to", to, Instant.parse("9999-12-31T23:59:59Z"));
    if (!start.isBefore(end)) {
      throw ApiProblem.badRequest("from must be before to");
    }
    String cursor = decodeCursor(after);
    StoredProfile profile = lookup.live(profileId(id));
    TimelinePage page = lookup.timeline(profile, start, end, limit, cursor);
    return new TimelineResponse(
        profile.profileId().value(),
        page.entries().stream()
            .map(e -> new TimelineResponse.Item(e.eventKey(), e.origin().value(), e.event()))
            .toList(),
        page.next() == null ? null : encodeCursor(page.next()));
  }

  /** Cursors are opaque and URL-safe: base64url of the last event key of the page. */
  private static String encodeCursor(String eventKey) {
    return java.util.Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(eventKey.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static @Nullable String decodeCursor(@Nullable String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return null;
    }
    try {
      return new String(
          java.util.Base64.getUrlDecoder().decode(cursor), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest("after '" + cursor + "' is not a cursor this API returned");
    }
  }

  @Operation(summary = "How each identifier was linked, the merges and the audit trail")
  @GetMapping("/{id}/identities")
  IdentitiesResponse identities(@PathVariable String id) {
    StoredProfile profile = lookup.live(profileId(id));
    return new IdentitiesResponse(
        profile.profileId().value(),
        profile.identifiers(),
        profile.merges(),
        profile.keepApart().stream().map(ProfileId::value).toList(),
        lookup.audit(profile.profileId()));
  }

  static ProfileId profileId(String id) {
    if (id.isBlank() || id.length() > 100) {
      throw ApiProblem.badRequest("'" + id + "' is not a profile id");
    }
    return ProfileId.of(id);
  }

  private static Instant instant(String name, @Nullable String value, Instant otherwise) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw ApiProblem.badRequest(
          name + " '" + value + "' is not an ISO-8601 instant such as 2026-01-31T12:00:00Z");
    }
  }
}
