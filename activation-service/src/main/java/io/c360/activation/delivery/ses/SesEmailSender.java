package io.c360.activation.delivery.ses;

import io.c360.activation.delivery.Channel;
import io.c360.activation.delivery.DeliveryException;
import io.c360.activation.delivery.DeliveryReceipt;
import io.c360.activation.delivery.MessageSender;
import io.c360.activation.delivery.OutboundMessage;
import io.c360.activation.delivery.RecommendedItem;
import io.c360.activation.delivery.aws.AwsErrors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.Body;
import software.amazon.awssdk.services.sesv2.model.Content;
import software.amazon.awssdk.services.sesv2.model.Destination;
import software.amazon.awssdk.services.sesv2.model.EmailContent;
import software.amazon.awssdk.services.sesv2.model.Message;
import software.amazon.awssdk.services.sesv2.model.MessageTag;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;
import software.amazon.awssdk.services.sesv2.model.SendEmailResponse;
import software.amazon.awssdk.services.sesv2.model.Template;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends email with SES v2 {@code SendEmail}: either the stored template named in the configuration
 * (SES renders it with {@code TemplateData}: the message's substitutions as top-level fields and
 * its recommended products as {@code items}) or the campaign's rendered subject and text body as
 * simple content. Each email carries the tags {@code c360-campaign} and {@code c360-message} so SES
 * events can be traced back.
 */
final class SesEmailSender implements MessageSender {

  static final String DESTINATION = "ses";
  private static final String UTF_8 = "UTF-8";

  private final SesV2Client ses;
  private final String fromAddress;
  private final @Nullable String configurationSet;
  private final @Nullable String template;
  private final JsonMapper json;

  SesEmailSender(
      SesV2Client ses,
      String fromAddress,
      @Nullable String configurationSet,
      @Nullable String template,
      JsonMapper json) {
    this.ses = ses;
    this.fromAddress = fromAddress;
    this.configurationSet = configurationSet;
    this.template = template;
    this.json = json;
  }

  @Override
  public Channel channel() {
    return Channel.EMAIL;
  }

  @Override
  public DeliveryReceipt send(OutboundMessage message) {
    if (message.channel() != Channel.EMAIL) {
      throw new IllegalArgumentException("SES sends email, not " + message.channel().wireName());
    }
    SendEmailRequest.Builder request =
        SendEmailRequest.builder()
            .fromEmailAddress(fromAddress)
            .destination(Destination.builder().toAddresses(message.address()).build())
            .content(content(message))
            .emailTags(
                tag("c360-campaign", message.campaignId()),
                tag("c360-message", message.messageId()));
    if (configurationSet != null && !configurationSet.isBlank()) {
      request.configurationSetName(configurationSet);
    }
    try {
      SendEmailResponse response = ses.sendEmail(request.build());
      return new DeliveryReceipt(DESTINATION, response.messageId());
    } catch (SdkException e) {
      throw AwsErrors.failure(DESTINATION, message.address(), e, AwsErrors.retryable(e));
    }
  }

  private EmailContent content(OutboundMessage message) {
    if (template != null && !template.isBlank()) {
      return EmailContent.builder()
          .template(
              Template.builder()
                  .templateName(template)
                  .templateData(json.writeValueAsString(templateData(message)))
                  .build())
          .build();
    }
    if (message.subject() == null || message.subject().isBlank()) {
      throw new DeliveryException(
          "an email without an SES template needs a subject: message " + message.messageId(),
          false);
    }
    return EmailContent.builder()
        .simple(
            Message.builder()
                .subject(Content.builder().data(message.subject()).charset(UTF_8).build())
                .body(
                    Body.builder()
                        .text(Content.builder().data(message.body()).charset(UTF_8).build())
                        .build())
                .build())
        .build();
  }

  /**
   * The substitutions as top-level fields, then {@code items}, {@code subject} and {@code body}.
   */
  static Map<String, Object> templateData(OutboundMessage message) {
    Map<String, Object> data = new LinkedHashMap<>(message.substitutions());
    List<Map<String, Object>> items = new ArrayList<>();
    for (RecommendedItem item : message.items()) {
      Map<String, Object> fields = new LinkedHashMap<>();
      fields.put("sku", item.sku());
      fields.put("name", item.name());
      if (item.price() != null) {
        fields.put("price", item.price().toPlainString());
      }
      if (item.currency() != null) {
        fields.put("currency", item.currency());
      }
      if (item.imageUrl() != null) {
        fields.put("imageUrl", item.imageUrl());
      }
      if (item.category() != null) {
        fields.put("category", item.category());
      }
      items.add(fields);
    }
    data.put("items", items);
    if (message.subject() != null) {
      data.put("subject", message.subject());
    }
    data.put("body", message.body());
    return data;
  }

  /** SES tag values allow letters, digits, {@code _} and {@code -} only. */
  private static MessageTag tag(String name, String value) {
    String safe = value.replaceAll("[^A-Za-z0-9_-]", "_");
    return MessageTag.builder().name(name).value(safe.isEmpty() ? "_" : safe).build();
  }
}
