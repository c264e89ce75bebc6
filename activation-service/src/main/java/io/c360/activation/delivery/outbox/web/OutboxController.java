package io.c360.activation.delivery.outbox.web;

import io.c360.activation.delivery.Channel;
import io.c360.activation.delivery.outbox.Outbox;
import io.c360.activation.delivery.outbox.OutboxEntry;
import io.c360.activation.delivery.outbox.OutboxQuery;
import io.c360.platform.problem.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What the outbox recorded instead of sending: {@code GET /v1/outbox} (marketers, admins). */
@RestController
class OutboxController {

  /** The recorded entries that matched, newest first. */
  record OutboxResponse(int count, List<OutboxEntry> messages) {}

  private final Outbox outbox;

  OutboxController(Outbox outbox) {
    this.outbox = outbox;
  }

  @Operation(summary = "Messages recorded in the outbox, by campaign, profile or channel")
  @GetMapping("/v1/outbox")
  OutboxResponse find(
      @RequestParam(required = false) @Nullable String campaignId,
      @RequestParam(required = false) @Nullable String profileId,
      @RequestParam(required = false) @Nullable String channel,
      @RequestParam(required = false) @Nullable String destination,
      @RequestParam(defaultValue = "100") int limit) {
    if (limit < 1 || limit > OutboxQuery.MAX_LIMIT) {
      throw ApiProblem.badRequest(
          "limit must be between 1 and " + OutboxQuery.MAX_LIMIT + ", was " + limit);
    }
    Channel parsed = null;
    if (channel != null && !channel.isBlank()) {
      try {
        parsed = Channel.parse(channel);
      } catch (IllegalArgumentException e) {
        throw ApiProblem.badRequest(e.getMessage());
      }
    }
    if (destination != null
        && !destination.equals(OutboxEntry.MESSAGING)
        && !destination.equals(OutboxEntry.SEGMENT)) {
      throw ApiProblem.badRequest(
          "unknown destination '"
              + destination
              + "': expected "
              + OutboxEntry.MESSAGING
              + " or "
              + OutboxEntry.SEGMENT);
    }
    List<OutboxEntry> found =
        outbox.find(
            new OutboxQuery(
                blankToNull(campaignId), blankToNull(profileId), parsed, destination, limit));
    return new OutboxResponse(found.size(), found);
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
