package io.c360.activation.delivery;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One message to one customer, rendered and ready to send.
 *
 * @param messageId deterministic per (campaign, profile): sending the same message again after a
 *     crash carries the same id, so destinations that can deduplicate (the outbox) do
 * @param address where it goes: an email address, an E.164 phone number, or a push device address
 * @param subject the email subject; null for SMS and push
 * @param body the rendered text (substitutions applied)
 * @param substitutions the values substituted into the template, for destinations that render
 *     themselves (SES templates, Pinpoint per-user substitutions)
 * @param items the recommended products carried by the message
 */
public record OutboundMessage(
    String messageId,
    String campaignId,
    String profileId,
    Channel channel,
    String address,
    @Nullable String subject,
    String body,
    Map<String, String> substitutions,
    List<RecommendedItem> items) {

  public OutboundMessage {
    substitutions = Map.copyOf(substitutions);
    items = List.copyOf(items);
  }
}
