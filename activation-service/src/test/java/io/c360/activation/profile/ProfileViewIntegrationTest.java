package io.c360.activation.profile;

import static io.c360.activation.support.ActivationClient.MARKETER_TOKEN;
import static io.c360.activation.support.Customers.customer;
import static org.assertj.core.api.Assertions.assertThat;

import io.c360.activation.ActivationIntegrationTest;
import io.c360.activation.ActivationTables;
import io.c360.activation.support.Customers;
import io.c360.common.profile.ProfileSnapshot;
import io.c360.common.topic.Topics;
import io.c360.devstack.test.ApiClient.Response;
import io.c360.devstack.test.DevStackExtension;
import io.c360.devstack.test.Eventually;
import io.c360.devstack.test.TopicReader;
import io.c360.devstack.test.TopicWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Activation's profile view, built from what identity and scoring publish: order-safe, idempotent,
 * and what audiences are evaluated on.
 */
class ProfileViewIntegrationTest extends ActivationIntegrationTest {

  private static final String CHURN = "churn_90d";

  @Test
  void ignoresASnapshotOlderThanTheOneItHolds() {
    String ann = customers.add(customer().firstName("Ann").consent("email", true));
    String audience = audience("{\"field\":\"traits.firstName\",\"op\":\"eq\",\"value\":\"Anna\"}");
    ProfileSnapshot first = customers.snapshot(ann);

    customers.publish(Customers.withFirstName(first, "Anna", 2));
    Eventually.assertThat(() -> assertThat(members(audience)).containsExactly(ann));
    // version 2 arrives late, and version 1 again (a redelivery)
    customers.publish(Customers.withFirstName(first, "Annie", 1));
    customers.publish(first);
    customers.awaitProcessed();

    assertThat(profileView.find(new ProfileId(ann)).orElseThrow().trait("firstName"))
        .contains("Anna");
    assertThat(members(audience)).containsExactly(ann);
  }

  @Test
  void keepsAScoreThatArrivesBeforeTheProfilesFirstSnapshot() {
    String early = "p-" + UUID.randomUUID();
    String audience = audience(gte(0.7));
    customers.publishScore(early, CHURN, 0.85, Instant.now());
    customers.awaitProcessed();
    // a score alone is no profile: nobody to contact yet
    assertThat(profileView.find(new ProfileId(early))).isEmpty();
    assertThat(members(audience)).isEmpty();

    customers.add(early, customer().email("early@example.com").consent("email", true));

    assertThat(profileView.find(new ProfileId(early)).orElseThrow().scores())
        .containsEntry(CHURN, 0.85);
    Eventually.assertThat(() -> assertThat(members(audience)).containsExactly(early));
  }

  @Test
  void aScoreThatCannotBeReadGoesToTheDeadLetterTopicAndTheChangesAfterItAreApplied() {
    String customer = customers.add(customer().consent("email", true));
    String poison = "{\"profileId\":\"" + customer + "\",\"model\":[\"not a model\"]}";
    try (TopicReader dead = new TopicReader(Topics.SCORES.name() + ".activation-profile-view.dlt");
        TopicWriter writer = new TopicWriter()) {
      // keyed by the profile like its scores: the same partition, before the next one
      writer.send(Topics.SCORES.name(), customer, poison);
      customers.publishScore(customer, CHURN, 0.85, Instant.now());

      customers.awaitView(customer, p -> Double.valueOf(0.85).equals(p.scores().get(CHURN)));
      List<ConsumerRecord<String, String>> letters = dead.await(1, r -> customer.equals(r.key()));
      assertThat(letters).extracting(ConsumerRecord::value).containsExactly(poison);
      assertThat(
              new String(
                  letters
                      .getFirst()
                      .headers()
                      .lastHeader("kafka_dlt-original-consumer-group")
                      .value(),
                  StandardCharsets.UTF_8))
          .isEqualTo("activation-profile-view");
    }
  }

  @Test
  void ignoresAnOlderScoreAndFollowsARemovedOne() {
    String customer = customers.add(customer().consent("email", true).score(CHURN, 0.9));
    String audience = audience(gte(0.7));
    Eventually.assertThat(() -> assertThat(members(audience)).containsExactly(customer));

    customers.publishScore(customer, CHURN, 0.1, Instant.now().minus(Duration.ofHours(1)));
    customers.awaitProcessed();
    assertThat(profileView.find(new ProfileId(customer)).orElseThrow().scores())
        .containsEntry(CHURN, 0.9);
    assertThat(members(audience)).containsExactly(customer);

    customers.removeScore(customer, CHURN);
    customers.awaitView(customer, p -> !p.scores().containsKey(CHURN));
    Eventually.assertThat(() -> assertThat(members(audience)).isEmpty());
  }

  @Test
  void aMergedProfileLeavesTheViewAndComesBackWhenUnmerged() {
    String merged = customers.add(customer().firstName("Max").score(CHURN, 0.9));
    String survivor = customers.add(customer().firstName("Sue").score(CHURN, 0.9));
    String audience = audience(gte(0.7));
    Eventually.assertThat(
        () -> assertThat(members(audience)).containsExactlyInAnyOrder(merged, survivor));

    customers.merge(survivor, merged);

    assertThat(profileView.find(new ProfileId(merged))).isEmpty();
    assertThat(profileView.findAll(List.of(new ProfileId(merged), new ProfileId(survivor))))
        .containsOnlyKeys(new ProfileId(survivor));
    Eventually.assertThat(() -> assertThat(members(audience)).containsExactly(survivor));

    customers.unmerge(survivor, merged);

    assertThat(profileView.find(new ProfileId(merged)).orElseThrow().trait("firstName"))
        .contains("Max");
    Eventually.assertThat(
        () -> assertThat(members(audience)).containsExactlyInAnyOrder(merged, survivor));
  }

  @Test
  void hidesAProfileTheSurvivorsSnapshotNamesAsMergedWithoutTheMergeRecord() {
    // as in a rebuild after the merge record left c360.identity-merges.v1 (30 days)
    String merged = customers.add(customer().score(CHURN, 0.9));
    String survivor = customers.add(customer().score(CHURN, 0.9));
    String audience = audience(gte(0.7));
    Eventually.assertThat(
        () -> assertThat(members(audience)).containsExactlyInAnyOrder(merged, survivor));
    ProfileSnapshot last = customers.snapshot(survivor);

    customers.publish(
        new ProfileSnapshot(
            survivor,
            last.version() + 1,
            last.createdAt(),
            Instant.now(),
            last.identifiers(),
            last.traits(),
            last.consent(),
            last.computed(),
            List.of(merged),
            null));

    customers.awaitGone(merged);
    Eventually.assertThat(() -> assertThat(members(audience)).containsExactly(survivor));
  }

  @Test
  void anErasedProfileLeavesTheViewForGood() {
    String erased =
        customers.add(customer().email("gone@example.com").firstName("Eve").score(CHURN, 0.9));
    String audience = audience(gte(0.7));
    Eventually.assertThat(() -> assertThat(members(audience)).containsExactly(erased));
    ProfileSnapshot last = customers.snapshot(erased);

    customers.erase(erased);

    Eventually.assertThat(() -> assertThat(members(audience)).isEmpty());
    // nothing of the customer is left in the view's table, only that it was erased
    assertThat(storedItem(erased)).containsOnlyKeys("profileId", "erasedAt");
    // a snapshot and a score that were still on their way do not bring it back
    customers.publish(Customers.withFirstName(last, "Eve", 5));
    customers.publishScore(erased, CHURN, 0.95, Instant.now());
    customers.awaitProcessed();
    assertThat(profileView.find(new ProfileId(erased))).isEmpty();
    assertThat(storedItem(erased)).containsOnlyKeys("profileId", "erasedAt");
    assertThat(members(audience)).isEmpty();
  }

  @Test
  void aRedeliveredSnapshotOrScoreNeitherChangesTheViewNorAnnouncesTwice() {
    try (TopicReader memberships = new TopicReader(Topics.AUDIENCE_MEMBERSHIPS.name())) {
      String audience = audience(gte(0.7));
      awaitReady(audience);
      String customer = customers.add(customer().firstName("Rae").consent("email", true));
      Instant scoredAt = Instant.now();
      customers.publishScore(customer, CHURN, 0.8, scoredAt);
      Eventually.assertThat(() -> assertThat(members(audience)).containsExactly(customer));
      Optional<ActivationProfile> before = profileView.find(new ProfileId(customer));

      customers.publish(customers.snapshot(customer));
      customers.publishScore(customer, CHURN, 0.8, scoredAt);
      customers.publish(customers.snapshot(customer));
      customers.awaitProcessed();

      assertThat(profileView.find(new ProfileId(customer))).isEqualTo(before);
      assertThat(members(audience)).containsExactly(customer);
      List<String> announced = new ArrayList<>();
      for (ConsumerRecord<String, String> r :
          memberships.drain(
              Duration.ofSeconds(3),
              r -> r.value().contains("\"audienceId\":\"" + audience + "\""))) {
        announced.add(r.key() + (r.value().contains("\"member\":true") ? " entered" : " left"));
      }
      assertThat(announced).containsExactly(customer + " entered");
    }
  }

  private Map<String, AttributeValue> storedItem(String profileId) {
    return dynamo
        .getItem(
            r ->
                r.tableName(
                        DevStackExtension.stack().tableName(ActivationTables.ACTIVATION_PROFILES))
                    .key(Map.of("profileId", AttributeValue.fromS(profileId)))
                    .consistentRead(true))
        .item();
  }

  private static String gte(double score) {
    return "{\"field\":\"scores." + CHURN + "\",\"op\":\"gte\",\"value\":" + score + "}";
  }

  private String audience(String condition) {
    Response created =
        client.post(
            "/v1/audiences",
            """
            {"key":"v_%s_%d","name":"View","rule":{"all":[%s,%s]}}
            """
                .formatted(
                    customers.cohort().substring(7),
                    System.nanoTime() % 1_000_000,
                    customers.cohortCondition(),
                    condition),
            MARKETER_TOKEN);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().get("id").asString();
    awaitReady(id);
    return id;
  }

  private void awaitReady(String audience) {
    Eventually.assertThat(
        () ->
            assertThat(
                    client
                        .get("/v1/audiences/" + audience, MARKETER_TOKEN)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("ready"));
  }

  private List<String> members(String audience) {
    List<String> ids = new ArrayList<>();
    client
        .get("/v1/audiences/" + audience + "/members?limit=1000", MARKETER_TOKEN)
        .json()
        .get("members")
        .forEach(m -> ids.add(m.asString()));
    return ids;
  }
}
