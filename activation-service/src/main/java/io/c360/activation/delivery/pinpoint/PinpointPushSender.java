package io.c360.activation.delivery.pinpoint;

import io.c360.activation.delivery.Channel;
import io.c360.activation.delivery.DeliveryException;
import io.c360.activation.delivery.DeliveryReceipt;
import io.c360.activation.delivery.MessageSender;
import io.c360.activation.delivery.OutboundMessage;
import io.c360.activation.delivery.RecommendedItem;
import io.c360.activation.delivery.aws.AwsErrors;
import io.c360.activation.delivery.pinpoint.PinpointProperties.PushService;
import io.c360.common.identifier.Redaction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.pinpoint.PinpointClient;
import software.amazon.awssdk.services.pinpoint.model.APNSMessage;
import software.amazon.awssdk.services.pinpoint.model.Action;
import software.amazon.awssdk.services.pinpoint.model.AddressConfiguration;
import software.amazon.awssdk.services.pinpoint.model.ChannelType;
import software.amazon.awssdk.services.pinpoint.model.DeliveryStatus;
import software.amazon.awssdk.services.pinpoint.model.DirectMessageConfiguration;
import software.amazon.awssdk.services.pinpoint.model.GCMMessage;
import software.amazon.awssdk.services.pinpoint.model.MessageRequest;
import software.amazon.awssdk.services.pinpoint.model.MessageResult;
import software.amazon.awssdk.services.pinpoint.model.SendMessagesRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends push notifications with Pinpoint {@code SendMessages} to one device address per message:
 * the address's channel type and per-user substitutions in {@code Addresses}, title (the subject,
 * else the {@code campaignName} substitution, else the configured default) and body in the push
 * message, the messageId as {@code TraceId}, and the campaign, message and products in the
 * notification's data ({@code c360.campaignId}, {@code c360.messageId}, {@code c360.items} as JSON)
 * for the app.
 *
 * <p>The per-address {@code DeliveryStatus} decides the outcome: {@code SUCCESSFUL} is a receipt;
 * {@code THROTTLED} and {@code TEMPORARY_FAILURE} are retryable failures; {@code
 * PERMANENT_FAILURE}, {@code OPT_OUT}, {@code DUPLICATE} and {@code UNKNOWN_FAILURE} (it may have
 * been delivered: retrying risks a second notification) are not.
 */
final class PinpointPushSender implements MessageSender {

  static final String DESTINATION = "pinpoint";

  private final PinpointClient pinpoint;
  private final String applicationId;
  private final PushService service;
  private final String defaultTitle;
  private final JsonMapper json;

  PinpointPushSender(
      PinpointClient pinpoint,
      String applicationId,
      PushService service,
      String defaultTitle,
      JsonMapper json) {
    this.pinpoint = pinpoint;
    this.applicationId = applicationId;
    this.service = service;
    this.defaultTitle = defaultTitle;
    this.json = json;
  }

  @Override
  public Channel channel() {
    return Channel.PUSH;
  }

  @Override
  public DeliveryReceipt send(OutboundMessage message) {
    if (message.channel() != Channel.PUSH) {
      throw new IllegalArgumentException(
          "Pinpoint sends push, not " + message.channel().wireName());
    }
    Map<String, List<String>> substitutions = new LinkedHashMap<>();
    message.substitutions().forEach((key, value) -> substitutions.put(key, List.of(value)));
    AddressConfiguration address =
        AddressConfiguration.builder()
            .channelType(ChannelType.fromValue(service.name()))
            .substitutions(substitutions)
            .build();
    MessageRequest request =
        MessageRequest.builder()
            .addresses(Map.of(message.address(), address))
            .messageConfiguration(configuration(message))
            .traceId(message.messageId())
            .context(
                Map.of(
                    "campaignId", message.campaignId(),
                    "messageId", message.messageId(),
                    "profileId", message.profileId()))
            .build();
    Map<String, MessageResult> results;
    try {
      results =
          pinpoint
              .sendMessages(
                  SendMessagesRequest.builder()
                      .applicationId(applicationId)
                      .messageRequest(request)
                      .build())
              .messageResponse()
              .result();
    } catch (SdkException e) {
      throw AwsErrors.failure(DESTINATION, message.address(), e, AwsErrors.retryable(e));
    }
    MessageResult result = results == null ? null : results.get(message.address());
    if (result == null) {
      throw new DeliveryException(
          "Pinpoint answered without a result for " + Redaction.mask(message.address()), false);
    }
    DeliveryStatus status = result.deliveryStatus();
    if (status == DeliveryStatus.SUCCESSFUL) {
      String id = result.messageId();
      return new DeliveryReceipt(
          DESTINATION, id == null || id.isBlank() ? message.messageId() : id);
    }
    boolean retryable =
        status == DeliveryStatus.THROTTLED || status == DeliveryStatus.TEMPORARY_FAILURE;
    throw new DeliveryException(
        "Pinpoint did not deliver the push to "
            + Redaction.mask(message.address())
            + ": "
            + result.deliveryStatusAsString()
            + " "
            + result.statusCode()
            + " "
            + result.statusMessage(),
        retryable);
  }

  private DirectMessageConfiguration configuration(OutboundMessage message) {
    String title =
        message.subject() != null && !message.subject().isBlank()
            ? message.subject()
            : message.substitutions().getOrDefault("campaignName", defaultTitle);
    Map<String, String> data = new LinkedHashMap<>();
    data.put("c360.campaignId", message.campaignId());
    data.put("c360.messageId", message.messageId());
    data.put("c360.items", json.writeValueAsString(skus(message.items())));
    return switch (service) {
      case GCM ->
          DirectMessageConfiguration.builder()
              .gcmMessage(
                  GCMMessage.builder()
                      .title(title)
                      .body(message.body())
                      .action(Action.OPEN_APP)
                      .data(data)
                      .build())
              .build();
      case APNS, APNS_SANDBOX ->
          DirectMessageConfiguration.builder()
              .apnsMessage(
                  APNSMessage.builder()
                      .title(title)
                      .body(message.body())
                      .action(Action.OPEN_APP)
                      .data(data)
                      .build())
              .build();
    };
  }

  private static List<Map<String, String>> skus(List<RecommendedItem> items) {
    return items.stream().map(i -> Map.of("sku", i.sku(), "name", i.name())).toList();
  }
}
