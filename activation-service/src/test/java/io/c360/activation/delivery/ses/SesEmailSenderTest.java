package io.c360.activation.delivery.ses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.c360.activation.delivery.DeliveryException;
import io.c360.activation.delivery.DeliveryReceipt;
import io.c360.activation.delivery.OutboundMessage;
import io.c360.activation.delivery.aws.AwsClientSettings;
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
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import tools.jackson.databind.JsonNode;

class SesEmailSenderTest {

  private static final String PATH = "/v2/email/outbound-emails";
  private static final String ACCESS_KEY = "AKIDLOCALTEST";

  private RecordingHttpServer server;
  private SesV2Client ses;

  @BeforeEach
  void start() throws Exception {
    server = new RecordingHttpServer();
    ses =
        new AwsClientSettings("eu-west-1", server.endpoint(), 1)
            .configure(SesV2Client.builder(), new AwsProperties("us-east-1", null))
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(ACCESS_KEY, "local-test-secret")))
            .build();
  }

  @AfterEach
  void stop() {
    ses.close();
    server.close();
  }

  private SesEmailSender sender(String template, String configurationSet) {
    return new SesEmailSender(
        ses, "Shop <news@shop.example>", configurationSet, template, EventJson.mapper());
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>(node.propertyNames());
    names.sort(null);
    return names;
  }

  @Test
  void sendsSimpleContentSignedForTheConfiguredRegion() {
    server.answer(PATH, 200, "{\"MessageId\":\"0100018c-ses-id\"}");
    OutboundMessage message = Messages.email("ann@example.com");

    DeliveryReceipt receipt = sender(null, "winback-events").send(message);

    assertThat(receipt).isEqualTo(new DeliveryReceipt("ses", "0100018c-ses-id"));
    RecordingHttpServer.Request request = server.onlyRequest();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo(PATH);
    assertThat(request.header("authorization"))
        .startsWith("AWS4-HMAC-SHA256 Credential=" + ACCESS_KEY + "/")
        .contains("/eu-west-1/ses/aws4_request");
    JsonNode body = request.json();
    assertThat(names(body))
        .containsExactly(
            "ConfigurationSetName", "Content", "Destination", "EmailTags", "FromEmailAddress");
    assertThat(body.get("FromEmailAddress").asString()).isEqualTo("Shop <news@shop.example>");
    assertThat(body.get("ConfigurationSetName").asString()).isEqualTo("winback-events");
    assertThat(body.get("Destination").get("ToAddresses").get(0).asString())
        .isEqualTo("ann@example.com");
    JsonNode simple = body.get("Content").get("Simple");
    assertThat(simple.get("Subject").get("Data").asString()).isEqualTo("We miss you, Ann");
    assertThat(simple.get("Subject").get("Charset").asString()).isEqualTo("UTF-8");
    assertThat(simple.get("Body").get("Text").get("Data").asString())
        .isEqualTo("Hi Ann, your boots are waiting: Trail boots");
    assertThat(body.get("EmailTags").get(0).get("Name").asString()).isEqualTo("c360-campaign");
    assertThat(body.get("EmailTags").get(0).get("Value").asString()).isEqualTo("cmp-winback");
    assertThat(body.get("EmailTags").get(1).get("Name").asString()).isEqualTo("c360-message");
    assertThat(body.get("EmailTags").get(1).get("Value").asString()).isEqualTo(message.messageId());
  }

  @Test
  void sendsAStoredTemplateWithTheSubstitutionsAndItemsAsTemplateData() {
    server.answer(PATH, 200, "{\"MessageId\":\"tmpl-1\"}");

    sender("winback-v1", null).send(Messages.email("ann@example.com"));

    JsonNode body = server.onlyRequest().json();
    assertThat(body.has("ConfigurationSetName")).isFalse();
    JsonNode template = body.get("Content").get("Template");
    assertThat(names(body.get("Content"))).containsExactly("Template");
    assertThat(template.get("TemplateName").asString()).isEqualTo("winback-v1");
    JsonNode data = EventJson.mapper().readTree(template.get("TemplateData").asString());
    assertThat(data.get("firstName").asString()).isEqualTo("Ann");
    assertThat(data.get("subject").asString()).isEqualTo("We miss you, Ann");
    JsonNode item = data.get("items").get(0);
    assertThat(item.get("sku").asString()).isEqualTo("sku-boots");
    assertThat(item.get("name").asString()).isEqualTo("Trail boots");
    assertThat(item.get("price").asString()).isEqualTo("89.90");
    assertThat(item.get("imageUrl").asString()).isEqualTo("https://shop.example/boots.jpg");
  }

  @Test
  void aRejectedMessageIsNotRetryable() {
    server.answer(
        PATH,
        400,
        Map.of("x-amzn-ErrorType", "MessageRejected"),
        "{\"message\":\"Email address is not verified. ann@example.com\"}");

    assertThatThrownBy(() -> sender(null, null).send(Messages.email("ann@example.com")))
        .isInstanceOfSatisfying(
            DeliveryException.class,
            e -> {
              assertThat(e.retryable()).isFalse();
              assertThat(e.getMessage()).contains("MessageRejected").contains("a***@example.com");
            });
  }

  @Test
  void throttlingAndServerErrorsAreRetryable() {
    server.answer(
        PATH,
        429,
        Map.of("x-amzn-ErrorType", "TooManyRequestsException"),
        "{\"message\":\"Maximum sending rate exceeded.\"}");
    assertThatThrownBy(() -> sender(null, null).send(Messages.email("ann@example.com")))
        .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.retryable()).isTrue());

    server.answer(
        PATH, 500, Map.of("x-amzn-ErrorType", "InternalFailure"), "{\"message\":\"internal\"}");
    assertThatThrownBy(() -> sender(null, null).send(Messages.email("ann@example.com")))
        .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.retryable()).isTrue());
  }
}
