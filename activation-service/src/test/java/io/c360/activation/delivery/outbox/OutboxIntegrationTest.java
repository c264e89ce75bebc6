package io.c360.activation.delivery.outbox;

import static io.c360.activation.support.ActivationClient.ADMIN_TOKEN;
import static io.c360.activation.support.ActivationClient.APP_TOKEN;
import static io.c360.activation.support.ActivationClient.MARKETER_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.c360.activation.ActivationIntegrationTest;
import io.c360.activation.ActivationTables;
import io.c360.activation.delivery.Channel;
import io.c360.activation.delivery.DeliveryReceipt;
import io.c360.activation.delivery.MessageSenders;
import io.c360.activation.delivery.OutboundMessage;
import io.c360.activation.support.Messages;
import io.c360.devstack.test.ApiClient.Response;
import io.c360.platform.table.TablesProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;

/** The outbox on DynamoDB Local: every channel's default destination, and GET /v1/outbox. */
class OutboxIntegrationTest extends ActivationIntegrationTest {

  @Autowired MessageSenders senders;
  @Autowired OutboxProperties outboxProperties;
  @Autowired TablesProperties tables;

  private static OutboundMessage withCampaign(OutboundMessage m, String campaignId) {
    return new OutboundMessage(
        m.messageId(),
        campaignId,
        m.profileId(),
        m.channel(),
        m.address(),
        m.subject(),
        m.body(),
        m.substitutions(),
        m.items());
  }

  private JsonNode outbox(String query) {
    Response response = client.get("/v1/outbox?" + query, MARKETER_TOKEN);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  @Test
  void everyChannelGoesToTheOutboxWhenNothingIsConfigured() {
    for (Channel channel : Channel.values()) {
      assertThat(senders.forChannel(channel).channel()).isEqualTo(channel);
    }
    String campaign = "cmp-" + UUID.randomUUID();

    DeliveryReceipt receipt =
        senders.forChannel(Channel.SMS).send(withCampaign(Messages.sms("+14155552671"), campaign));

    assertThat(receipt.destination()).isEqualTo("outbox");
    JsonNode entry = outbox("campaignId=" + campaign).get("messages").get(0);
    assertThat(entry.get("channel").asString()).isEqualTo("sms");
    assertThat(entry.get("destination").asString()).isEqualTo("messaging");
    assertThat(entry.get("address").asString()).isEqualTo("+14155552671");
    assertThat(entry.get("messageId").asString()).isEqualTo(receipt.providerMessageId());
  }

  @Test
  void theSameMessageIdIsRecordedOnceAndAnswersWithTheFirstRecord() throws Exception {
    String campaign = "cmp-" + UUID.randomUUID();
    OutboundMessage message = withCampaign(Messages.email("ann@example.com"), campaign);

    DeliveryReceipt first = senders.forChannel(Channel.EMAIL).send(message);
    OutboundMessage again =
        new OutboundMessage(
            message.messageId(),
            campaign,
            message.profileId(),
            Channel.EMAIL,
            message.address(),
            "a different subject after a restart",
            message.body(),
            message.substitutions(),
            message.items());
    DeliveryReceipt second = senders.forChannel(Channel.EMAIL).send(again);

    assertThat(second).isEqualTo(first);
    JsonNode found = outbox("campaignId=" + campaign);
    assertThat(found.get("count").asInt()).isEqualTo(1);
    JsonNode entry = found.get("messages").get(0);
    assertThat(entry.get("subject").asString()).isEqualTo("We miss you, Ann");
    assertThat(entry.get("address").asString()).isEqualTo("ann@example.com");
    assertThat(entry.get("body").asString()).isEqualTo(message.body());
    assertThat(entry.get("profileId").asString()).isEqualTo("p-ann");
    assertThat(entry.get("substitutions").get("firstName").asString()).isEqualTo("Ann");
    assertThat(entry.get("items").get(0).get("sku").asString()).isEqualTo("sku-boots");
    assertThat(entry.get("items").get(0).get("price").decimalValue()).isEqualByComparingTo("89.90");
    assertThat(entry.get("recordedAt").asString()).isNotBlank();
    // one item in the table, one line in the file
    var items =
        dynamo
            .scan(
                r ->
                    r.tableName(tables.physicalName(ActivationTables.ACTIVATION_OUTBOX))
                        .filterExpression("campaignId = :c")
                        .expressionAttributeValues(Map.of(":c", AttributeValue.fromS(campaign))))
            .items();
    assertThat(items).hasSize(1);
    Path file =
        outboxProperties
            .file()
            .directory()
            .resolve("outbox-" + LocalDate.now(ZoneOffset.UTC) + ".jsonl");
    List<String> lines =
        Files.readAllLines(file).stream().filter(l -> l.contains(message.messageId())).toList();
    assertThat(lines).hasSize(1);
    assertThat(lines.getFirst()).contains("\"campaignId\":\"" + campaign + "\"");
  }

  @Test
  void listsNewestFirstFilteredByCampaignProfileAndChannelUpToTheLimit() throws Exception {
    String campaign = "cmp-" + UUID.randomUUID();
    OutboundMessage email = withCampaign(Messages.email("ann@example.com"), campaign);
    OutboundMessage sms = withCampaign(Messages.sms("+14155552671"), campaign);
    OutboundMessage push = withCampaign(Messages.push("device-1"), campaign);
    senders.forChannel(Channel.EMAIL).send(email);
    Thread.sleep(5);
    senders.forChannel(Channel.SMS).send(sms);
    Thread.sleep(5);
    senders.forChannel(Channel.PUSH).send(push);

    JsonNode all = outbox("campaignId=" + campaign + "&profileId=p-ann");
    assertThat(all.get("count").asInt()).isEqualTo(3);
    assertThat(all.get("messages").get(0).get("messageId").asString()).isEqualTo(push.messageId());
    assertThat(all.get("messages").get(2).get("messageId").asString()).isEqualTo(email.messageId());
    JsonNode newest = outbox("campaignId=" + campaign + "&limit=2");
    assertThat(newest.get("count").asInt()).isEqualTo(2);
    assertThat(newest.get("messages").get(1).get("messageId").asString())
        .isEqualTo(sms.messageId());
    JsonNode smsOnly = outbox("campaignId=" + campaign + "&channel=sms");
    assertThat(smsOnly.get("count").asInt()).isEqualTo(1);
    assertThat(outbox("campaignId=" + campaign + "&profileId=p-nobody").get("count").asInt())
        .isZero();
    assertThat(client.get("/v1/outbox?campaignId=" + campaign, ADMIN_TOKEN).status())
        .isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"limit=0", "limit=1001", "limit=ten", "channel=fax", "destination=x"})
  void refusesBadParametersWithAProblem(String query) {
    Response response = client.get("/v1/outbox?" + query, MARKETER_TOKEN);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("detail").asString()).isNotBlank();
  }

  @Test
  void needsAMarketerOrAdminToken() {
    assertThat(client.get("/v1/outbox", null).status()).isEqualTo(401);
    assertThat(client.get("/v1/outbox", APP_TOKEN).status()).isEqualTo(403);
  }
}
