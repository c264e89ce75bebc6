package io.c360.activation.delivery.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.c360.activation.delivery.DeliveryException;
import io.c360.activation.delivery.DeliveryReceipt;
import io.c360.activation.delivery.OutboundMessage;
import io.c360.activation.delivery.aws.AwsClientSettings;
import io.c360.activation.delivery.sms.SmsProperties.SmsType;
import io.c360.activation.support.Messages;
import io.c360.activation.support.RecordingHttpServer;
import io.c360.platform.aws.AwsProperties;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.pinpointsmsvoicev2.PinpointSmsVoiceV2Client;
import tools.jackson.databind.JsonNode;

class SmsVoiceV2SenderTest {

  private RecordingHttpServer server;
  private PinpointSmsVoiceV2Client sms;

  @BeforeEach
  void start() throws Exception {
    server = new RecordingHttpServer();
    sms =
        new AwsClientSettings(null, server.endpoint(), 1)
            .configure(PinpointSmsVoiceV2Client.builder(), new AwsProperties("us-west-2", null))
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create("AKIDLOCALTEST", "local-test-secret")))
            .build();
  }

  @AfterEach
  void stop() {
    sms.close();
    server.close();
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>(node.propertyNames());
    names.sort(null);
    return names;
  }

  @Test
  void sendsTheTextWithOriginationTypeConfigurationSetAndContext() {
    server.answer("/", 200, "{\"MessageId\":\"sms-0001\"}");
    OutboundMessage message = Messages.sms("+14155552671");

    DeliveryReceipt receipt =
        new SmsVoiceV2Sender(sms, "pool-123", SmsType.TRANSACTIONAL, "winback-sms").send(message);

    assertThat(receipt).isEqualTo(new DeliveryReceipt("sms-voice-v2", "sms-0001"));
    RecordingHttpServer.Request request = server.onlyRequest();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/");
    assertThat(request.header("x-amz-target")).isEqualTo("PinpointSMSVoiceV2.SendTextMessage");
    assertThat(request.header("content-type")).startsWith("application/x-amz-json-1.0");
    assertThat(request.header("authorization")).contains("/us-west-2/sms-voice/aws4_request");
    JsonNode body = request.json();
    assertThat(names(body))
        .containsExactly(
            "ConfigurationSetName",
            "Context",
            "DestinationPhoneNumber",
            "MessageBody",
            "MessageType",
            "OriginationIdentity");
    assertThat(body.get("DestinationPhoneNumber").asString()).isEqualTo("+14155552671");
    assertThat(body.get("OriginationIdentity").asString()).isEqualTo("pool-123");
    assertThat(body.get("MessageBody").asString()).isEqualTo(message.body());
    assertThat(body.get("MessageType").asString()).isEqualTo("TRANSACTIONAL");
    assertThat(body.get("ConfigurationSetName").asString()).isEqualTo("winback-sms");
    assertThat(body.get("Context").get("campaignId").asString()).isEqualTo("cmp-winback");
    assertThat(body.get("Context").get("messageId").asString()).isEqualTo(message.messageId());
  }

  @Test
  void anOptedOutNumberIsNotRetryable() {
    server.answer(
        "/",
        400,
        "{\"__type\":\"ConflictException\",\"Message\":\"opted out\","
            + "\"Reason\":\"DESTINATION_PHONE_NUMBER_OPTED_OUT\"}");

    assertThatThrownBy(
            () ->
                new SmsVoiceV2Sender(sms, "pool-123", SmsType.PROMOTIONAL, null)
                    .send(Messages.sms("+14155552671")))
        .isInstanceOfSatisfying(
            DeliveryException.class,
            e -> {
              assertThat(e.retryable()).isFalse();
              assertThat(e.getMessage()).contains("ConflictException").contains("+1******2671");
            });
    assertThat(server.onlyRequest().json().get("MessageType").asString()).isEqualTo("PROMOTIONAL");
    assertThat(server.onlyRequest().json().has("ConfigurationSetName")).isFalse();
  }

  @Test
  void throttlingIsRetryable() {
    server.answer("/", 400, "{\"__type\":\"ThrottlingException\",\"Message\":\"slow down\"}");

    assertThatThrownBy(
            () ->
                new SmsVoiceV2Sender(sms, "pool-123", SmsType.PROMOTIONAL, null)
                    .send(Messages.sms("+14155552671")))
        .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.retryable()).isTrue());
  }
}
