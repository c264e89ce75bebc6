package io.c360.ingest.imports;

import static io.c360.ingest.support.Credentials.ADMIN_TOKEN;
import static io.c360.ingest.support.Credentials.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.json.EventJson;
import io.c360.common.topic.Topics;
import io.c360.devstack.test.TopicReader;
import io.c360.ingest.IngestIntegrationTest;
import io.c360.ingest.support.ImportFiles;
import io.c360.ingest.support.IngestClient.Answer;
import io.c360.ingest.support.Messages;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ImportIntegrationTest extends IngestIntegrationTest {

  private static JsonNode value(ConsumerRecord<String, String> r) {
    return EventJson.mapper().readTree(r.value());
  }

  @Test
  void importsAPosFileIntoOrdersAndReportsEveryBadRow() {
    String prefix = "p" + UUID.randomUUID().toString().substring(0, 8);
    String key = ImportFiles.write("pos.csv", ImportFiles.posSalesWithGoodAndBadRows(prefix));

    try (TopicReader events = new TopicReader(Topics.EVENTS.name());
        TopicReader quarantine = new TopicReader(Topics.QUARANTINE.name())) {
      JsonNode report = client().runImport(ADMIN_TOKEN, "pos-sales", key);

      assertThat(report.get("status").asString()).isEqualTo("COMPLETED");
      assertThat(report.get("rowsRead").asLong()).isEqualTo(9);
      assertThat(report.get("accepted").asLong()).isEqualTo(4);
      assertThat(report.get("rejected").asLong()).isEqualTo(5);
      assertThat(report.get("eventsPublished").asLong()).isEqualTo(3);
      assertThat(report.get("rejections").toString())
          .isEqualTo(
              "[{\"row\":3,\"reasons\":[\"quantity 'two' is not a whole number\"]},"
                  + "{\"row\":4,\"reasons\":[\"occurred_at is required\"]},"
                  + "{\"row\":7,\"reasons\":[\"transaction_id is required\"]},"
                  + "{\"row\":8,\"reasons\":[\"unit_price '-4.00' must not be negative\"]},"
                  + "{\"row\":9,\"reasons\":[\"the row has 10 fields; the header has 14\"]}]");

      List<JsonNode> orders =
          events.await(3, r -> r.value().contains("\"order_id\":\"" + prefix)).stream()
              .map(ImportIntegrationTest::value)
              .sorted(Comparator.comparing(e -> e.get("properties").get("order_id").asString()))
              .toList();
      assertThat(orders).hasSize(3);

      JsonNode t1 = orders.get(0);
      assertThat(t1.get("event").asString()).isEqualTo("Order Completed");
      assertThat(t1.get("source").asString()).isEqualTo("pos");
      assertThat(t1.get("messageId").asString()).isEqualTo("pos:S1:" + prefix + "T1:sale");
      assertThat(t1.get("timestamp").asString()).isEqualTo("2026-11-01T10:15:00Z");
      assertThat(t1.get("properties").get("total").toString()).isEqualTo("44.80");
      assertThat(t1.get("properties").get("currency").asString()).isEqualTo("USD");
      assertThat(t1.get("properties").get("products")).hasSize(2);
      // the typed commerce part, as every service reads it
      assertThat(t1.get("commerce").get("orderId").asString()).isEqualTo(prefix + "T1");
      assertThat(t1.get("commerce").get("revenue").toString()).isEqualTo("44.80");
      assertThat(t1.get("commerce").get("currency").asString()).isEqualTo("USD");
      assertThat(t1.get("commerce").get("lines")).hasSize(2);
      assertThat(t1.get("identifiers").toString())
          .isEqualTo(
              "[{\"type\":\"loyaltyId\",\"value\":\"L-"
                  + prefix
                  + "\"},{\"type\":\"email\",\"value\":\"ann@example.com\"},"
                  + "{\"type\":\"phone\",\"value\":\"+14155552671\"}]");
      assertThat(t1.get("context").get("traits").get("address").get("postal_code").asString())
          .isEqualTo("94107");

      JsonNode t4 = orders.get(1);
      assertThat(t4.get("event").asString()).isEqualTo("Order Refunded");
      assertThat(t4.get("timestamp").asString()).isEqualTo("2026-11-02T08:00:00Z");
      assertThat(t4.get("properties").get("currency").asString()).isEqualTo("EUR");
      assertThat(t4.get("commerce").get("revenue").decimalValue())
          .isEqualByComparingTo(t4.get("properties").get("total").decimalValue().abs());

      JsonNode t5 = orders.get(2);
      assertThat(t5.get("properties").get("total").toString()).isEqualTo("4.50");
      assertThat(t5.get("identifiers")).isEmpty();

      var quarantined =
          quarantine.await(5, r -> r.value().contains(report.get("importId").asString()));
      assertThat(quarantined.stream().map(r -> value(r).get("rowNumber").asLong()))
          .containsExactly(3L, 4L, 7L, 8L, 9L);
    }
  }

  @Test
  void reimportingTheSameFilePublishesNothingTwice() {
    String prefix = "r" + UUID.randomUUID().toString().substring(0, 8);
    String key = ImportFiles.write("pos.csv", ImportFiles.posSalesWithGoodAndBadRows(prefix));
    client().runImport(ADMIN_TOKEN, "pos-sales", key);

    try (TopicReader events = new TopicReader(Topics.EVENTS.name())) {
      JsonNode again = client().runImport(ADMIN_TOKEN, "pos-sales", key);

      assertThat(again.get("duplicates").asLong()).isEqualTo(3);
      assertThat(again.get("eventsPublished").asLong()).isZero();
      assertThat(events.drain(Duration.ofSeconds(2), r -> r.value().contains(prefix))).isEmpty();
    }
  }

  @Test
  void importsCatalogAndInventoryKeyedBySku() {
    String sku = "SKU-" + UUID.randomUUID();
    String catalog =
        "sku,name,category,brand,price,currency,image_url,url\n"
            + sku
            + ",Trail Shoe,shoes,Acme,89.00,USD,https://img.example.com/1.jpg,\n"
            + sku
            + "-X,,shoes,Acme,12.00,USD,,\n";
    String inventory =
        "{\"sku\":\""
            + sku
            + "\",\"location\":\"store-1\",\"quantity\":4}\n"
            + "{\"sku\":\""
            + sku
            + "\",\"quantity\":\"many\"}\n"
            + "not json\n";
    try (TopicReader topic = new TopicReader(Topics.CATALOG.name())) {
      JsonNode items =
          client().runImport(ADMIN_TOKEN, "catalog", ImportFiles.write("catalog.csv", catalog));
      JsonNode stock =
          client().runImport(ADMIN_TOKEN, "inventory", ImportFiles.write("stock.jsonl", inventory));

      assertThat(items.get("accepted").asLong()).isEqualTo(1);
      assertThat(items.get("rejections").get(0).get("reasons").get(0).asString())
          .isEqualTo("name is required");
      assertThat(stock.get("accepted").asLong()).isEqualTo(1);
      assertThat(stock.get("rejected").asLong()).isEqualTo(2);
      assertThat(stock.get("rejections").get(1).get("reasons").get(0).asString())
          .startsWith("the line is not valid JSON");
      var records = topic.await(2, r -> r.key().startsWith(sku));
      assertThat(records.stream().map(ConsumerRecord::key))
          .containsExactlyInAnyOrder(sku, sku + "@store-1");
      JsonNode item =
          value(records.stream().filter(r -> r.key().equals(sku)).findFirst().orElseThrow());
      assertThat(item.get("price").toString()).isEqualTo("89.00");
      assertThat(item.get("kind").asString()).isEqualTo("item");
    }
  }

  @Test
  void importsSupportTicketsWithCsat() {
    String ticket = "TCK-" + UUID.randomUUID();
    String file =
        "ticket_id,closed_at,user_id,email,phone,loyalty_id,subject,channel,csat\n"
            + ticket
            + ",2026-11-05T12:00:00Z,u-77,,,,Late delivery,chat,2\n"
            + ticket
            + "-B,2026-11-05T12:00:00Z,,,,,No customer,chat,4\n"
            + ticket
            + "-C,2026-11-05T12:00:00Z,u-78,,,,Bad score,chat,9\n";
    try (TopicReader events = new TopicReader(Topics.EVENTS.name())) {
      JsonNode report =
          client()
              .runImport(ADMIN_TOKEN, "support-tickets", ImportFiles.write("tickets.csv", file));

      assertThat(report.get("accepted").asLong()).isEqualTo(1);
      assertThat(report.get("rejections").toString())
          .contains("no valid customer identifier")
          .contains("csat '9' must be between 1 and 5");
      JsonNode event = value(events.await(1, r -> r.value().contains(ticket)).getFirst());
      assertThat(event.get("event").asString()).isEqualTo("Support Ticket Closed");
      assertThat(event.get("userId").asString()).isEqualTo("u-77");
      assertThat(event.get("properties").get("csat").asInt()).isEqualTo(2);
      assertThat(event.get("source").asString()).isEqualTo("support");
    }
  }

  @Test
  void refusesUnknownKindsMissingFilesAndUnknownImports() {
    Answer unknownKind =
        client()
            .post(
                "/v1/imports",
                bearer(ADMIN_TOKEN),
                Messages.json(Map.of("kind", "returns", "key", "imports/x.csv")));
    assertThat(unknownKind.status()).isEqualTo(400);
    assertThat(unknownKind.body().get("detail").asString()).contains("pos-sales");

    Answer missing =
        client()
            .post(
                "/v1/imports",
                bearer(ADMIN_TOKEN),
                Messages.json(Map.of("kind", "catalog", "key", "imports/absent.csv")));
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.contentType()).startsWith("application/problem+json");

    Answer traversal =
        client()
            .post(
                "/v1/imports",
                bearer(ADMIN_TOKEN),
                Messages.json(Map.of("kind", "catalog", "key", "../../etc/passwd.csv")));
    assertThat(traversal.status()).isEqualTo(400);

    Answer malformed = client().post("/v1/imports", bearer(ADMIN_TOKEN), "{");
    assertThat(malformed.status()).isEqualTo(400);

    assertThat(client().get("/v1/imports/nope", bearer(ADMIN_TOKEN)).status()).isEqualTo(404);
  }
}
