package io.c360.ingest.imports;

import static io.c360.ingest.support.Credentials.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.json.EventJson;
import io.c360.common.topic.Topics;
import io.c360.devstack.test.TopicReader;
import io.c360.ingest.IngestIntegrationTest;
import io.c360.ingest.support.ImportFiles;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CustomersImportIntegrationTest extends IngestIntegrationTest {

  private static final String HEADER = String.join(",", CustomersSink.COLUMNS);

  @Test
  void importsCustomerRecordsAsIdentifyEventsAndRejectsRowsWithoutACustomerId() {
    String p = "c" + UUID.randomUUID().toString().substring(0, 8);
    String file =
        String.join(
                "\n",
                HEADER,
                p
                    + "1,,Ann@Example.com,,,,Ann,Marie,Lee,12,Oak Street,Apt 4,Mission,San Francisco,"
                    + "94107,CA,US,1984-03-21,f",
                p + "2,POS,,,L-" + p + ",u-" + p + ",Bob,,Ray,,,,,,94110,,,,",
                ",crm,nobody@example.com,,,,Cy,,Dee,,,,,,10001,,,,",
                p + "3,crm,,,,,Dee,,Eve,,,,,,10001,,,21/03/1984,")
            + "\n";
    String key = ImportFiles.write("customers.csv", file);

    try (TopicReader events = new TopicReader(Topics.EVENTS.name())) {
      JsonNode report = client().runImport(ADMIN_TOKEN, "customers", key);

      assertThat(report.get("status").asString()).isEqualTo("COMPLETED");
      assertThat(report.get("accepted").asLong()).isEqualTo(2);
      assertThat(report.get("rejected").asLong()).isEqualTo(2);
      assertThat(report.get("rejections").toString())
          .isEqualTo(
              "[{\"row\":3,\"reasons\":[\"customer_id is required\"]},"
                  + "{\"row\":4,\"reasons\":[\"date_of_birth '21/03/1984' is not an ISO date"
                  + " such as 1984-03-21\"]}]");
      List<JsonNode> published =
          events.await(2, r -> r.value().contains("\"customers:")).stream()
              .map(r -> EventJson.mapper().readTree(r.value()))
              .filter(e -> e.get("messageId").asString().contains(p))
              .sorted(Comparator.comparing(e -> e.get("messageId").asString()))
              .toList();
      assertThat(published).hasSize(2);

      JsonNode ann = published.get(0);
      assertThat(ann.get("type").asString()).isEqualTo("identify");
      assertThat(ann.get("source").asString()).isEqualTo("crm");
      assertThat(ann.get("identifiers").toString())
          .isEqualTo(
              "[{\"type\":\"customerId\",\"value\":\"crm:"
                  + p
                  + "1\"},{\"type\":\"email\",\"value\":\"ann@example.com\"}]");
      JsonNode traits = ann.get("traits");
      assertThat(traits.get("middleName").asString()).isEqualTo("Marie");
      assertThat(traits.get("birthday").asString()).isEqualTo("1984-03-21");
      assertThat(traits.get("gender").asString()).isEqualTo("f");
      assertThat(traits.get("address").toString())
          .isEqualTo(
              "{\"street_number\":\"12\",\"street\":\"Oak Street\",\"line2\":\"Apt 4\","
                  + "\"locality\":\"Mission\",\"city\":\"San Francisco\",\"postal_code\":\"94107\","
                  + "\"state\":\"CA\",\"country\":\"US\"}");
      assertThat(ann.get("context").get("import").get("id").asString())
          .isEqualTo(report.get("importId").asString());
      assertThat(ann.get("context").get("import").get("kind").asString()).isEqualTo("customers");

      JsonNode bob = published.get(1);
      assertThat(bob.get("source").asString()).isEqualTo("pos");
      assertThat(bob.get("userId").asString()).isEqualTo("u-" + p);
      assertThat(bob.get("identifiers").toString())
          .isEqualTo(
              "[{\"type\":\"customerId\",\"value\":\"pos:"
                  + p
                  + "2\"},{\"type\":\"userId\",\"value\":\"u-"
                  + p
                  + "\"},{\"type\":\"loyaltyId\",\"value\":\"L-"
                  + p
                  + "\"}]");
    }
  }

  @Test
  void reimportingTheSameCustomersPublishesNothingTwice() {
    String p = "d" + UUID.randomUUID().toString().substring(0, 8);
    String key =
        ImportFiles.write(
            "customers.jsonl",
            "{\"customer_id\":\"" + p + "\",\"first_name\":\"Ann\",\"postcode\":\"94107\"}\n");
    assertThat(client().runImport(ADMIN_TOKEN, "customers", key).get("eventsPublished").asLong())
        .isEqualTo(1);

    try (TopicReader events = new TopicReader(Topics.EVENTS.name())) {
      JsonNode again = client().runImport(ADMIN_TOKEN, "customers", key);

      assertThat(again.get("duplicates").asLong()).isEqualTo(1);
      assertThat(events.drain(Duration.ofSeconds(2), r -> r.value().contains(p))).isEmpty();
    }
  }
}
