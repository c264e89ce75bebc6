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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A retailer's own export, read as it is through a mapping, previewed and then imported. */
class RetailerExportIntegrationTest extends IngestIntegrationTest {

  @Test
  void previewShowsTheEventsAndRejectionsOfARetailersOwnExportAndPublishesNothing() {
    String prefix = "x" + UUID.randomUUID().toString().substring(0, 6);
    String key = ImportFiles.write("online-retail.csv", ImportFiles.retailerExport(prefix));
    Map<String, Object> body = new HashMap<>(ImportFiles.retailerOptions());
    body.put("kind", "pos-sales");
    body.put("key", key);

    try (TopicReader events = new TopicReader(Topics.EVENTS.name())) {
      Answer preview =
          client().post("/v1/imports/preview", bearer(ADMIN_TOKEN), Messages.json(body));

      assertThat(preview.status()).as(preview.raw()).isEqualTo(200);
      assertThat(preview.body().get("rowsRead").asLong()).isEqualTo(6);
      JsonNode orders = preview.body().get("events");
      assertThat(orders).hasSize(3);
      JsonNode first = orders.get(0);
      assertThat(first.get("event").asString()).isEqualTo("Order Completed");
      assertThat(first.get("messageId").asString()).isEqualTo("pos::" + prefix + "536365:sale");
      assertThat(first.get("timestamp").asString()).isEqualTo("2010-12-01T08:26:00Z");
      assertThat(first.get("properties").get("currency").asString()).isEqualTo("GBP");
      assertThat(first.get("properties").get("total").toString()).isEqualTo("35.64");
      assertThat(first.get("properties").get("products")).hasSize(2);
      assertThat(first.get("identifiers").get(0).get("value").asString()).isEqualTo("17850");
      JsonNode refund = orders.get(2);
      assertThat(refund.get("event").asString()).isEqualTo("Order Refunded");
      assertThat(refund.get("properties").get("order_id").asString())
          .isEqualTo("C" + prefix + "536379");
      assertThat(refund.get("properties").get("products").get(0).get("quantity").asInt())
          .isEqualTo(1);
      assertThat(refund.get("properties").get("total").toString()).isEqualTo("27.50");
      assertThat(preview.body().get("rejections").toString())
          .isEqualTo(
              "[{\"row\":5,\"reasons\":[\"quantity 'abc' is not a whole number\"]},"
                  + "{\"row\":6,\"reasons\":[\"occurred_at '2010-12-01' does not match the"
                  + " timestampFormat\"]}]");

      assertThat(events.drain(Duration.ofSeconds(2), r -> r.value().contains(prefix))).isEmpty();
    }
  }

  @Test
  void previewsTheFirstRowsOfAnUploadWithoutStoringIt() {
    String prefix = "y" + UUID.randomUUID().toString().substring(0, 6);
    Map<String, String> form = new HashMap<>();
    ImportFiles.retailerOptions()
        .forEach((k, v) -> form.put(k, v instanceof Map<?, ?> ? Messages.json(v) : v.toString()));
    form.put("kind", "pos-sales");

    Answer preview =
        client()
            .upload(
                "/v1/imports/preview?rows=2",
                bearer(ADMIN_TOKEN),
                form,
                "online-retail.csv",
                ImportFiles.retailerExport(prefix).getBytes(StandardCharsets.UTF_8));

    assertThat(preview.status()).as(preview.raw()).isEqualTo(200);
    assertThat(preview.body().get("rowsRead").asLong()).isEqualTo(2);
    assertThat(preview.body().get("events")).hasSize(1);
    assertThat(preview.body().get("events").get(0).get("properties").get("products")).hasSize(2);
    assertThat(preview.body().get("rejections")).isEmpty();
  }

  @Test
  void importsTheExportWithRefundsForNegativeQuantities() {
    String prefix = "z" + UUID.randomUUID().toString().substring(0, 6);
    Map<String, String> form = new HashMap<>();
    ImportFiles.retailerOptions()
        .forEach((k, v) -> form.put(k, v instanceof Map<?, ?> ? Messages.json(v) : v.toString()));
    form.put("kind", "pos-sales");

    try (TopicReader events = new TopicReader(Topics.EVENTS.name())) {
      Answer started =
          client()
              .upload(
                  "/v1/imports",
                  bearer(ADMIN_TOKEN),
                  form,
                  "online-retail.csv",
                  ImportFiles.retailerExport(prefix).getBytes(StandardCharsets.UTF_8));
      assertThat(started.status()).as(started.raw()).isEqualTo(202);
      JsonNode report =
          client().awaitImport(ADMIN_TOKEN, started.body().get("importId").asString());

      assertThat(report.get("status").asString()).isEqualTo("COMPLETED");
      assertThat(report.get("accepted").asLong()).isEqualTo(4);
      assertThat(report.get("rejected").asLong()).isEqualTo(2);
      assertThat(report.get("options").get("negativeQuantity").asString()).isEqualTo("refund");
      var published = events.await(3, r -> r.value().contains(prefix));
      assertThat(
              published.stream()
                  .map(r -> EventJson.mapper().readTree(r.value()).get("event").asString()))
          .containsExactlyInAnyOrder("Order Completed", "Order Completed", "Order Refunded");
    }
  }

  @Test
  void readsDecimalCommasAndRefusesOptionsItCannotUse() {
    String key =
        ImportFiles.write(
            "eu.csv",
            "Beleg,Artikel,Menge,Datum,Preis\nB1,SKU-1,2,01.12.2010 08:26,\"1.234,50\"\n");
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "pos-sales");
    body.put("key", key);
    body.put(
        "mapping",
        Map.of(
            "transaction_id", "Beleg",
            "sku", "Artikel",
            "quantity", "Menge",
            "occurred_at", "Datum",
            "unit_price", "Preis",
            "currency", "=EUR"));
    body.put("timestampFormat", "dd.MM.yyyy HH:mm");
    body.put("zone", "Europe/Berlin");
    body.put("decimalSeparator", ",");

    Answer preview = client().post("/v1/imports/preview", bearer(ADMIN_TOKEN), Messages.json(body));
    assertThat(preview.status()).as(preview.raw()).isEqualTo(200);
    JsonNode order = preview.body().get("events").get(0);
    assertThat(order.get("properties").get("total").toString()).isEqualTo("2469.00");
    assertThat(order.get("timestamp").asString()).isEqualTo("2010-12-01T07:26:00Z");

    body.put("timestampFormat", "dd.MM.yyyy bb");
    Answer badPattern =
        client().post("/v1/imports/preview", bearer(ADMIN_TOKEN), Messages.json(body));
    assertThat(badPattern.status()).isEqualTo(400);
    assertThat(badPattern.body().get("detail").asString())
        .startsWith("timestampFormat 'dd.MM.yyyy bb' is not a DateTimeFormatter pattern");

    body.put("timestampFormat", "dd.MM.yyyy HH:mm");
    body.put("negativeQuantity", "keep");
    Answer badPolicy = client().post("/v1/imports", bearer(ADMIN_TOKEN), Messages.json(body));
    assertThat(badPolicy.status()).isEqualTo(400);
    assertThat(badPolicy.body().get("detail").asString()).contains("must be reject or refund");
  }
}
