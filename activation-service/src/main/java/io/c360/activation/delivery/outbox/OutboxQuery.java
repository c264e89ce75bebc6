package io.c360.activation.delivery.outbox;

import io.c360.activation.delivery.Channel;
import org.jspecify.annotations.Nullable;

/**
 * Which recorded entries to return, newest first: every filter that is not null must match.
 *
 * @param limit 1 to {@value #MAX_LIMIT}
 */
public record OutboxQuery(
    @Nullable String campaignId,
    @Nullable String profileId,
    @Nullable Channel channel,
    @Nullable String destination,
    int limit) {

  public static final int MAX_LIMIT = 1000;

  public OutboxQuery {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
    }
  }

  public boolean matches(OutboxEntry entry) {
    return (campaignId == null || campaignId.equals(entry.campaignId()))
        && (profileId == null || profileId.equals(entry.profileId()))
        && (channel == null || channel == entry.channel())
        && (destination == null || destination.equals(entry.destination()));
  }
}
