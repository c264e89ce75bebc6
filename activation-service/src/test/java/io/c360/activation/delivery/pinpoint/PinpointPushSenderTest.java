package io.c360.activation.delivery.pinpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.c360.activation.delivery.DeliveryException;
import io.c360.activation.delivery.DeliveryReceipt;
import io.c360.activation.delivery.OutboundMessage;
import io.c360.activation.delivery.aws.AwsClientSettings;
import io.c360.activation.delivery.pinpoint.PinpointProperties.PushService;
import io.c360.activation.support.Messages;
import io.c360.activation.support.RecordingHttpServer;
import io.c360.common.json.EventJson;
import io.c360.platform.aws.AwsProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.pinpoint.PinpointClient;
import tools.jackson.databind.JsonNode;

class PinpointPushSenderTest {

  private static final String APP = "a1b2c3d4e5";
  private static final String PATH = "/v1/apps/" + APP + "/messages";
  private static final String DEVICE = "fcm-token-0123456789";

  private RecordingHttpServer server;
  private PinpointClient pinpoint;

  @BeforeEach
  void start() throws Exception {
    server = new RecordingHttpServer();
    pinpoint =
        new AwsClientSettings(null, server.endpoint(), 1)
            .configure(PinpointClient.builder(), new AwsProperties("us-east-1", null))
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create("AKIDLOCALTEST", "local-test-secret")))
            .build();
  }

  @AfterEach
  void stop() {
    pinpoint.close();
    server.close();
  }

  private PinpointPushSender sender(PushService service) {
    return new PinpointPushSender(pinpoint, APP, service, "", EventJson.mapper());
  }

  private void answerStatus(String status, int code) {
    server.answer(
        PATH,
        200,
        """
        {"ApplicationId":"%s","RequestId":"req-1",
         "Result":{"%s":{"DeliveryStatus":"%s","StatusCode":%d,
                         "StatusMessage":"from the push service","MessageId":"pp-msg-1"}}}
        """
            .formatted(APP, DEVICE, status, code));
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>(node.propertyNames());
    names.sort(null);
    return names;
  }

  @Test
  void sendsOneAddressWithSubstitutionsTitleBodyTraceIdAndData() {
    answerStatus("SUCCESSFUL", 200);
    OutboundMessage message = Messages.push(DEVICE);

    DeliveryReceipt receipt = sender(PushService.GCM).send(message);

    assertThat(receipt).isEqualTo(new DeliveryReceipt("pinpoint", "pp-msg-1"));
    RecordingHttpServer.Request request = server.onlyRequest();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo(PATH);
    assertThat(request.header("authorization")).contains("/us-east-1/mobiletargeting/aws4_request");
    JsonNode body = request.json();
    assertThat(names(body))
        .containsExactly("Addresses", "Context", "MessageConfiguration", "TraceId");
    assertThat(body.get("TraceId").asString()).isEqualTo(message.messageId());
    assertThat(body.get("Context").get("campaignId").asString()).isEqualTo("cmp-winback");
    JsonNode address = body.get("Addresses").get(DEVICE);
    assertThat(address.get("ChannelType").asString()).isEqualTo("GCM");
    assertThat(address.get("Substitutions").get("firstName").get(0).asString()).isEqualTo("Ann");
    JsonNode gcm = body.get("MessageConfiguration").get("GCMMessage");
    assertThat(names(body.get("MessageConfiguration"))).containsExactly("GCMMessage");
    assertThat(gcm.get("Title").asString()).isEqualTo("Come back");
    assertThat(gcm.get("Body").asString()).isEqualTo("Hi Ann, your boots are waiting");
    assertThat(gcm.get("Action").asString()).isEqualTo("OPEN_APP");
    assertThat(gcm.get("Data").get("c360.messageId").asString()).isEqualTo(message.messageId());
    assertThat(gcm.get("Data").get("c360.items").asString()).contains("sku-boots");
  }

  @Test
  void apnsAddressesGetAnApnsMessage() {
    answerStatus("SUCCESSFUL", 200);

    sender(PushService.APNS).send(Messages.push(DEVICE));

    JsonNode body = server.onlyRequest().json();
    assertThat(body.get("Addresses").get(DEVICE).get("ChannelType").asString()).isEqualTo("APNS");
    assertThat(names(body.get("MessageConfiguration"))).containsExactly("APNSMessage");
  }

  @ParameterizedTest
  @CsvSource({
    "THROTTLED, 429, true",
    "TEMPORARY_FAILURE, 503, true",
    "PERMANENT_FAILURE, 410, false",
    "OPT_OUT, 400, false",
    "UNKNOWN_FAILURE, 500, false"
  })
  void mapsTheAddressDeliveryStatus(String status, int code, boolean retryable) {
    answerStatus(status, code);

    assertThatThrownBy(() -> sender(PushService.GCM).send(Messages.push(DEVICE)))
        .isInstanceOfSatisfying(
            DeliveryException.class,
            e -> {
              assertThat(e.retryable()).isEqualTo(retryable);
              assertThat(e.getMessage()).contains(status).doesNotContain(DEVICE);
            });
  }

  @Test
  void anUnknownApplicationIsNotRetryableAndAServerErrorIs() {
    server.answer(
        PATH,
        404,
        Map.of("x-amzn-ErrorType", "NotFoundException"),
        "{\"Message\":\"Resource not found\",\"RequestID\":\"r-2\"}");
    assertThatThrownBy(() -> sender(PushService.GCM).send(Messages.push(DEVICE)))
        .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.retryable()).isFalse());

    server.answer(
        PATH,
        500,
        Map.of("x-amzn-ErrorType", "InternalServerErrorException"),
        "{\"Message\":\"Internal error\",\"RequestID\":\"r-3\"}");
    assertThatThrownBy(() -> sender(PushService.GCM).send(Messages.push(DEVICE)))
        .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.retryable()).isTrue());
  }
}
