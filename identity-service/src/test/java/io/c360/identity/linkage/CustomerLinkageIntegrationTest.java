package io.c360.identity.linkage;

import static io.c360.identity.support.IdentityClient.ADMIN_TOKEN;
import static io.c360.identity.support.IdentityClient.ANALYST_TOKEN;
import static io.c360.identity.support.IdentityClient.APP_TOKEN;
import static io.c360.identity.support.IdentityClient.STEWARD_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.c360.devstack.test.ApiClient.Response;
import io.c360.devstack.test.Eventually;
import io.c360.identity.IdentityIntegrationTest;
import io.c360.identity.IdentityTables;
import io.c360.identity.resolution.LinkSuggestions;
import io.c360.identity.resolution.ProfileId;
import io.c360.identity.support.CustomerRecords;
import io.c360.identity.support.CustomerRecords.Person;
import io.c360.identity.support.EventSender;
import io.c360.platform.table.TableSpec;
import io.c360.platform.table.TablesProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import tools.jackson.databind.JsonNode;

/**
 * Customer master imports through Kafka on the real broker and DynamoDB Local: customerId links,
 * batch linkage of an import's rows, a POS file of the same people, the review queue, and what
 * erasure and unmerge leave in the match index.
 */
class CustomerLinkageIntegrationTest extends IdentityIntegrationTest {

  @Autowired DynamoDbClient dynamo;
  @Autowired TablesProperties tables;
  @Autowired LinkSuggestions suggestions;

  private static String letters(int n) {
    StringBuilder s = new StringBuilder("Q");
    for (int i = 1; i < n; i++) {
      s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return s.toString();
  }

  private static Person person(String first, String last, String postcode, String born) {
    return new Person(
        first, null, last, "12", "Oak Street", "Springfield", postcode, "ca", born, "f");
  }

  private static String postcode() {
    return String.valueOf(10000 + ThreadLocalRandom.current().nextInt(89999));
  }

  private JsonNode profileOf(String customerId) {
    Response found = client().get("/v1/profiles?customerId=" + customerId, ANALYST_TOKEN);
    assertThat(found.status()).as(found.body()).isEqualTo(200);
    return found.json();
  }

  private String idOf(String customerId) {
    return profileOf(customerId).get("profileId").asString();
  }

  @Test
  void aCrmFileAndAPosFileOfTheSamePeopleEndOnTheSameProfiles() {
    String crm = UUID.randomUUID().toString();
    String ann = letters(8);
    String bob = letters(8);
    String pc = postcode();
    Person annRecord = person("Ann", ann, pc, "1984-03-21");
    Person bobRecord = person("Robert", bob, pc, "1961-11-02").withFirst("Robert");
    EventSender.send(
        List.of(
            CustomerRecords.crmRow(crm, "crm", "C-" + ann, ann + "@example.com", annRecord),
            // the loyalty system's record of Ann: its own key, a typo, no email
            CustomerRecords.crmRow(crm, "loyalty", "L-" + ann, null, annRecord.withFirst("Anne")),
            CustomerRecords.crmRow(crm, "crm", "C-" + bob, null, bobRecord)));
    Eventually.assertThat(
        () -> {
          assertThat(idOf("crm:C-" + ann))
              .as(
                  () ->
                      client()
                              .get(
                                  "/v1/profiles/" + idOf("crm:C-" + ann) + "/identities",
                                  ADMIN_TOKEN)
                              .body()
                          + client()
                              .get(
                                  "/v1/profiles/" + idOf("loyalty:L-" + ann) + "/identities",
                                  ADMIN_TOKEN)
                              .body())
              .isEqualTo(idOf("loyalty:L-" + ann));
          assertThat(idOf("crm:C-" + bob)).isNotEqualTo(idOf("crm:C-" + ann));
        });

    String pos = UUID.randomUUID().toString();
    EventSender.send(
        List.of(
            CustomerRecords.posSale(pos, "o-" + ann, "Ann", ann, pc, "20.00"),
            CustomerRecords.posSale(pos, "o-" + bob, "Bob", bob, pc, "30.00")));

    Eventually.assertThat(
        () -> {
          JsonNode annProfile = profileOf("loyalty:L-" + ann);
          assertThat(annProfile.get("computed").get("orderCount").asLong()).isEqualTo(1);
          assertThat(annProfile.get("computed").get("lifetimeValue").decimalValue())
              .isEqualByComparingTo("20.00");
          assertThat(profileOf("crm:C-" + bob).get("computed").get("orderCount").asLong())
              .isEqualTo(1);
        });
  }

  @Test
  void aKnownCustomerIdLinksDeterministicallyAndAnUnknownOneJoinsTheMatchingPerson() {
    String last = letters(8);
    String pc = postcode();
    Person record = person("Maya", last, pc, "1990-07-14");
    EventSender.send(
        CustomerRecords.crmRow(UUID.randomUUID().toString(), "crm", last, null, record));
    Eventually.assertThat(() -> idOf("crm:" + last));
    String profileId = idOf("crm:" + last);

    // the same key with a new surname (married) links by the key; a new key of the same person
    // from another system joins her profile by matching on her person
    EventSender.send(
        CustomerRecords.crmRow(
            UUID.randomUUID().toString(), "crm", last, null, person("Maya", "Other", pc, null)),
        CustomerRecords.crmRow(UUID.randomUUID().toString(), "shop", "S" + last, null, record));

    Eventually.assertThat(
        () -> {
          assertThat(idOf("shop:S" + last)).isEqualTo(profileId);
          JsonNode identifiers = profileOf("crm:" + last).get("identifiers");
          assertThat(identifiers.toString()).contains("crm:" + last).contains("shop:S" + last);
        });
  }

  @Test
  void twoRowsOfOneImportInTheGreyZoneAreSuggestedForReview() {
    String crm = UUID.randomUUID().toString();
    String last = letters(8);
    String pc = postcode();
    // twins in one file: same last name, address and birth date, another first name
    EventSender.send(
        List.of(
            CustomerRecords.crmRow(
                crm, "crm", "Ida" + last, null, person("Ida", last, pc, "1980-01-05")),
            CustomerRecords.crmRow(
                crm, "crm", "Una" + last, null, person("Una", last, pc, "1980-01-05"))));

    Eventually.assertThat(
        () -> {
          String ida = idOf("crm:Ida" + last);
          String una = idOf("crm:Una" + last);
          assertThat(ida).isNotEqualTo(una);
          assertThat(findSuggestion(ida, una)).isNotNull();
        });
  }

  /** A twin: same last name, address and birth date, another first name: a suggestion. */
  private String suggestedTwin(String last, String pc, String first, String twin) {
    EventSender.send(
        CustomerRecords.crmRow(
            UUID.randomUUID().toString(),
            "crm",
            first + last,
            null,
            person(first, last, pc, "1980-01-05")));
    Eventually.assertThat(() -> idOf("crm:" + first + last));
    EventSender.send(
        CustomerRecords.crmRow(
            UUID.randomUUID().toString(),
            "crm",
            twin + last,
            null,
            person(twin, last, pc, "1980-01-05")));
    String[] id = new String[1];
    Eventually.assertThat(
        () -> {
          String a = idOf("crm:" + first + last);
          String b = idOf("crm:" + twin + last);
          assertThat(a).isNotEqualTo(b);
          JsonNode found = findSuggestion(a, b);
          assertThat(found).isNotNull();
          id[0] = found.get("id").asString();
        });
    return id[0];
  }

  private JsonNode findSuggestion(String a, String b) {
    Response page = client().get("/v1/link-suggestions?limit=200", STEWARD_TOKEN);
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    for (JsonNode s : page.json().get("suggestions")) {
      List<String> pair =
          List.of(
              s.get("record").get("profileId").asString(),
              s.get("candidate").get("profileId").asString());
      if (pair.contains(a) && pair.contains(b)) {
        return s;
      }
    }
    return null;
  }

  @Test
  void aStewardAcceptsASuggestionAndTheTwoProfilesAreMerged() {
    String last = letters(8);
    String id = suggestedTwin(last, postcode(), "Ann", "Beth");
    JsonNode shown = findSuggestion(idOf("crm:Ann" + last), idOf("crm:Beth" + last));
    assertThat(shown.get("record").get("fields").get("lastName").asString()).isEqualTo(last);
    assertThat(shown.get("similarities").get("lastName").asDouble()).isEqualTo(1.0);
    assertThat(shown.get("similarities").get("firstName").asDouble()).isLessThan(1.0);
    assertThat(shown.get("score").asDouble()).isPositive();

    Response accepted = client().post("/v1/link-suggestions/" + id + "/accept", "", STEWARD_TOKEN);

    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    assertThat(accepted.json().get("status").asString()).isEqualTo("accepted");
    assertThat(accepted.json().get("decidedBy").asString()).isEqualTo("test-steward");
    assertThat(idOf("crm:Beth" + last)).isEqualTo(idOf("crm:Ann" + last));
    JsonNode identifiers = profileOf("crm:Ann" + last).get("identifiers");
    assertThat(identifiers.toString()).contains("\"how\":\"review\"");
    assertThat(client().post("/v1/link-suggestions/" + id + "/accept", "", STEWARD_TOKEN).status())
        .isEqualTo(409);
  }

  @Test
  void aRejectedSuggestionIsRememberedAndNeverSuggestedAgain() {
    String last = letters(8);
    String id = suggestedTwin(last, postcode(), "Cleo", "Dora");
    String cleo = idOf("crm:Cleo" + last);
    String dora = idOf("crm:Dora" + last);

    Response rejected = client().post("/v1/link-suggestions/" + id + "/reject", "", ADMIN_TOKEN);

    assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
    assertThat(rejected.json().get("status").asString()).isEqualTo("rejected");
    assertThat(findSuggestion(cleo, dora)).isNull();
    // resolution suggests the pair again (another record of Dora): it stays out of the queue
    suggestions.suggest(ProfileId.of(dora), List.of(ProfileId.of(cleo)), List.of(0.8), "again");
    suggestions.suggest(ProfileId.of(cleo), List.of(ProfileId.of(dora)), List.of(0.8), "again");
    assertThat(findSuggestion(cleo, dora)).isNull();
    assertThat(idOf("crm:Cleo" + last)).isNotEqualTo(idOf("crm:Dora" + last));
  }

  @Test
  void theQueueIsForStewardsAndAdminsOnly() {
    assertThat(client().get("/v1/link-suggestions", null).status()).isEqualTo(401);
    assertThat(client().get("/v1/link-suggestions", APP_TOKEN).status()).isEqualTo(403);
    assertThat(client().get("/v1/link-suggestions", ANALYST_TOKEN).status()).isEqualTo(403);
    assertThat(client().get("/v1/link-suggestions", ADMIN_TOKEN).status()).isEqualTo(200);
    String any = "0123456789abcdef01234567";
    assertThat(client().post("/v1/link-suggestions/" + any + "/accept", "", null).status())
        .isEqualTo(401);
    assertThat(client().post("/v1/link-suggestions/" + any + "/reject", "", ANALYST_TOKEN).status())
        .isEqualTo(403);
    assertThat(client().post("/v1/link-suggestions/" + any + "/reject", "", STEWARD_TOKEN).status())
        .isEqualTo(404);
    Response bad = client().post("/v1/link-suggestions/nope/accept", "", STEWARD_TOKEN);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.contentType()).startsWith("application/problem+json");
    assertThat(client().get("/v1/link-suggestions?limit=0", STEWARD_TOKEN).status()).isEqualTo(400);
  }

  @Test
  void erasureRemovesEveryTraceOfThePersonFromTheMatchIndex() {
    String last = letters(8);
    suggestedTwin(last, postcode(), "Eva", "Fay");
    String eva = idOf("crm:Eva" + last);
    String fay = idOf("crm:Fay" + last);
    assertThat(indexed(eva)).isNotEmpty();

    Response erased = client().delete("/v1/profiles/" + fay, ADMIN_TOKEN);

    assertThat(erased.status()).as(erased.body()).isEqualTo(200);
    assertThat(indexed(fay)).isEmpty();
    assertThat(suggestionItemsNaming(fay)).isEmpty();
    assertThat(indexed(eva)).isNotEmpty();
  }

  @Test
  void unmergeTakesTheSplitOutPersonOffTheSurvivorInTheMatchIndex() {
    String last = letters(8);
    String id = suggestedTwin(last, postcode(), "Gina", "Hana");
    String gina = idOf("crm:Gina" + last);
    String hana = idOf("crm:Hana" + last);
    assertThat(client().post("/v1/link-suggestions/" + id + "/accept", "", STEWARD_TOKEN).status())
        .isEqualTo(200);
    String survivor = idOf("crm:Gina" + last);
    String mergedId = survivor.equals(gina) ? hana : gina;

    Response split =
        client()
            .post(
                "/v1/profiles/" + survivor + "/unmerge",
                "{\"mergedProfileId\":\"" + mergedId + "\"}",
                ADMIN_TOKEN);

    assertThat(split.status()).as(split.body()).isEqualTo(200);
    String survivorFirst = survivor.equals(gina) ? "Gina" : "Hana";
    String mergedFirst = survivor.equals(gina) ? "Hana" : "Gina";
    assertThat(indexed(survivor)).isNotEmpty().allMatch(p -> p.contains(survivorFirst));
    assertThat(indexed(mergedId)).isNotEmpty().allMatch(p -> p.contains(mergedFirst));
  }

  /** The persons the blocking index holds for a profile (one per key), as JSON. */
  private List<String> indexed(String profileId) {
    List<String> persons = new ArrayList<>();
    scan(IdentityTables.IDENTITY_BLOCKS)
        .forEach(
            item -> {
              if (item.get("profileId").s().startsWith(profileId) && item.get("person") != null) {
                persons.add(item.get("person").s());
              }
            });
    return persons;
  }

  private List<Map<String, AttributeValue>> suggestionItemsNaming(String profileId) {
    return scan(IdentityTables.IDENTITY_LINK_SUGGESTIONS).stream()
        .filter(i -> i.values().stream().anyMatch(v -> v.s() != null && v.s().contains(profileId)))
        .toList();
  }

  private List<Map<String, AttributeValue>> scan(TableSpec table) {
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    dynamo
        .scanPaginator(ScanRequest.builder().tableName(tables.physicalName(table)).build())
        .items()
        .forEach(items::add);
    return items;
  }
}
