package io.c360.activation.delivery.outbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.c360.activation.delivery.Channel;
import io.c360.activation.delivery.OutboundMessage;
import io.c360.activation.delivery.RecommendedItem;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One thing the outbox recorded instead of sending it: exactly what the customer (or Segment) would
 * have received. The address is stored in full: the outbox is the operator's own store and must
 * show what would go out; logs never show it.
 *
 * @param destination {@value #MESSAGING} for a campaign message of a channel, {@value #SEGMENT} for
 *     a Segment identify call
 * @param channel email, sms or push; null for Segment
 * @param address the email address, E.164 phone number or push address; null for Segment
 * @param userId Segment's userId of an identify call; null for messages
 * @param anonymousId Segment's anonymousId of an identify call (when the profile has no userId)
 * @param traits the identify call's traits (a null value clears a trait); empty for messages
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OutboxEntry(
    String messageId,
    String destination,
    @Nullable Channel channel,
    @Nullable String address,
    @Nullable String subject,
    @Nullable String body,
    Map<String, String> substitutions,
    List<RecommendedItem> items,
    @Nullable String campaignId,
    @Nullable String profileId,
    @Nullable String userId,
    @Nullable String anonymousId,
    Map<String, @Nullable Object> traits,
    Instant recordedAt) {

  /** Campaign messages of the email, SMS and push channels. */
  public static final String MESSAGING = "messaging";

  /** Segment identify calls. */
  public static final String SEGMENT = "segment";

  public OutboxEntry {
    substitutions = substitutions == null ? Map.of() : Map.copyOf(substitutions);
    items = items == null ? List.of() : List.copyOf(items);
    traits = traits == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(traits));
  }

  /** A campaign message as it would have been sent. */
  public static OutboxEntry of(OutboundMessage message, Instant recordedAt) {
    return new OutboxEntry(
        message.messageId(),
        MESSAGING,
        message.channel(),
        message.address(),
        message.subject(),
        message.body(),
        message.substitutions(),
        message.items(),
        message.campaignId(),
        message.profileId(),
        null,
        null,
        Map.of(),
        recordedAt);
  }

  /** A Segment identify call as it would have been sent. */
  public static OutboxEntry identify(
      String messageId,
      String profileId,
      @Nullable String userId,
      @Nullable String anonymousId,
      Map<String, @Nullable Object> traits,
      Instant recordedAt) {
    return new OutboxEntry(
        messageId,
        SEGMENT,
        null,
        null,
        null,
        null,
        Map.of(),
        List.of(),
        null,
        profileId,
        userId,
        anonymousId,
        traits,
        recordedAt);
  }
}
