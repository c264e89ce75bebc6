package io.c360.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.devstack.test.ApiClient;
import io.c360.devstack.test.Eventually;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Customer master records imported as a CRM system sends them: a {@code customers} file put in the
 * blob store and imported through ingest-service's {@code POST /v1/imports}, resolved by
 * identity-service, which matches each record on its person.
 */
final class CustomerFiles {

  private static final String HEADER =
      "customer_id,source_system,first_name,last_name,street_number,address_line1,locality,"
          + "postcode,region,date_of_birth,gender";

  private final Platform platform;
  private final ApiClient ingest;
  private final ApiClient identity;

  CustomerFiles(Platform platform) {
    this.platform = platform;
    this.ingest = new ApiClient(platform.port("ingest"));
    this.identity = new ApiClient(platform.port("identity"));
  }

  /** Two records of the link suggestion identity-service made for them, and its id. */
  record Twins(String recordProfileId, String candidateProfileId, String suggestionId) {}

  /**
   * Two CRM records alike in all but the first name (same last name, address and birth date): the
   * second matches the first only plausibly, so identity-service makes it a profile of its own and
   * a suggestion in the review queue.
   */
  Twins twins(String first, String twin, String last) {
    String postcode = String.valueOf(10000 + (Math.abs(last.hashCode()) % 89999));
    String one = importRow(first + last, first, last, postcode);
    String other = importRow(twin + last, twin, last, postcode);
    String[] id = new String[1];
    Eventually.within(
        Duration.ofSeconds(240),
        () -> {
          ApiClient.Response page =
              identity.get("/v1/link-suggestions?limit=200", platform.adminToken);
          assertThat(page.status()).as(page.body()).isEqualTo(200);
          boolean found = false;
          for (JsonNode s : page.json().get("suggestions")) {
            String a = s.get("record").get("profileId").asString();
            String b = s.get("candidate").get("profileId").asString();
            if ((a.equals(one) && b.equals(other)) || (a.equals(other) && b.equals(one))) {
              id[0] = s.get("id").asString();
              found = true;
            }
          }
          assertThat(found).as("a suggestion for %s and %s", one, other).isTrue();
        });
    return new Twins(one, other, id[0]);
  }

  /** The profile id a customer record ({@code crm:<id>}) resolved to. */
  String profileOf(String customerId) {
    ApiClient.Response found =
        identity.get("/v1/profiles?customerId=crm:" + customerId, platform.adminToken);
    assertThat(found.status()).as(found.body()).isEqualTo(200);
    return found.json().get("profileId").asString();
  }

  /** Imports one CRM record and waits until identity-service resolved it; its profile id. */
  private String importRow(String customerId, String first, String last, String postcode) {
    String key = "imports/console-it/" + UUID.randomUUID() + ".csv";
    Path file = platform.blobs().resolve(key);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(
          file,
          HEADER
              + "\n"
              + String.join(
                  ",",
                  customerId,
                  "crm",
                  first,
                  last,
                  "12",
                  "Oak Street",
                  "Springfield",
                  postcode,
                  "ca",
                  "1980-01-05",
                  "f")
              + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ApiClient.Response started =
        ingest.post(
            "/v1/imports",
            "{\"kind\":\"customers\",\"key\":\"%s\"}".formatted(key),
            platform.adminToken);
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    String[] profileId = new String[1];
    Eventually.within(
        Duration.ofSeconds(240),
        () -> {
          ApiClient.Response found =
              identity.get("/v1/profiles?customerId=crm:" + customerId, platform.adminToken);
          assertThat(found.status()).as(found.body()).isEqualTo(200);
          profileId[0] = found.json().get("profileId").asString();
        });
    return profileId[0];
  }
}
