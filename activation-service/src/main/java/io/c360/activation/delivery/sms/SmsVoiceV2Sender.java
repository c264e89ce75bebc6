package io.c360.activation.delivery.sms;

import io.c360.activation.delivery.Channel;
import io.c360.activation.delivery.DeliveryReceipt;
import io.c360.activation.delivery.MessageSender;
import io.c360.activation.delivery.OutboundMessage;
import io.c360.activation.delivery.aws.AwsErrors;
import io.c360.activation.delivery.sms.SmsProperties.SmsType;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.pinpointsmsvoicev2.PinpointSmsVoiceV2Client;
import software.amazon.awssdk.services.pinpointsmsvoicev2.model.MessageType;
import software.amazon.awssdk.services.pinpointsmsvoicev2.model.SendTextMessageRequest;

/**
 * Sends SMS with {@code SendTextMessage}: the E.164 number, the origination identity, the rendered
 * body, the message type, the optional configuration set, and {@code Context} with the campaignId
 * and messageId (returned in delivery events). Throttling, 5xx and network failures are retryable;
 * validation errors, opted-out numbers ({@code ConflictException}), missing resources and exceeded
 * spend quotas are not.
 */
final class SmsVoiceV2Sender implements MessageSender {

  static final String DESTINATION = "sms-voice-v2";

  private final PinpointSmsVoiceV2Client sms;
  private final String originationIdentity;
  private final SmsType messageType;
  private final @Nullable String configurationSet;

  SmsVoiceV2Sender(
      PinpointSmsVoiceV2Client sms,
      String originationIdentity,
      SmsType messageType,
      @Nullable String configurationSet) {
    this.sms = sms;
    this.originationIdentity = originationIdentity;
    this.messageType = messageType;
    this.configurationSet = configurationSet;
  }

  @Override
  public Channel channel() {
    return Channel.SMS;
  }

  @Override
  public DeliveryReceipt send(OutboundMessage message) {
    if (message.channel() != Channel.SMS) {
      throw new IllegalArgumentException("SMS v2 sends sms, not " + message.channel().wireName());
    }
    SendTextMessageRequest.Builder request =
        SendTextMessageRequest.builder()
            .destinationPhoneNumber(message.address())
            .originationIdentity(originationIdentity)
            .messageBody(message.body())
            .messageType(MessageType.fromValue(messageType.name()))
            .context(Map.of("campaignId", message.campaignId(), "messageId", message.messageId()));
    if (configurationSet != null && !configurationSet.isBlank()) {
      request.configurationSetName(configurationSet);
    }
    try {
      return new DeliveryReceipt(DESTINATION, sms.sendTextMessage(request.build()).messageId());
    } catch (SdkException e) {
      throw AwsErrors.failure(DESTINATION, message.address(), e, AwsErrors.retryable(e));
    }
  }
}
