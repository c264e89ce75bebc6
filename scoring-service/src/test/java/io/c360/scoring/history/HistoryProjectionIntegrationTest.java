package io.c360.scoring.history;

import static io.c360.scoring.support.ScoringClient.ANALYST_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.event.CustomerEvent;
import io.c360.common.event.EventType;
import io.c360.common.topic.Topics;
import io.c360.devstack.test.ApiClient.Response;
import io.c360.devstack.test.DevStackExtension;
import io.c360.devstack.test.Eventually;
import io.c360.devstack.test.TopicReader;
import io.c360.devstack.test.TopicWriter;
import io.c360.scoring.ScoringIntegrationTest;
import io.c360.scoring.ScoringTables;
import io.c360.scoring.support.ScoringClient;
import io.c360.scoring.support.StoredHistories;
import io.c360.scoring.support.TrainedModels;
import io.c360.synthetic.SyntheticCustomer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Scoring's own history: built from resolved events, merges and erasures on identity-service's
 * topics, read by re-scoring, ad-hoc scoring and the score API without any table of identity's.
 */
class HistoryProjectionIntegrationTest extends ScoringIntegrationTest {

  private static final String MODEL = "repurchase_30d";

  private ScoringClient client;
  private StoredHistories store;

  @BeforeEach
  void championExists() {
    world();
    client = client();
    store = new StoredHistories(dynamo);
    TrainedModels.champion(client, MODEL);
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  @Test
  void countsARedeliveredEventOnce() {
    String profileId = "redelivered-" + UUID.randomUUID();
    List<CustomerEvent> events = events(buyers().getFirst());

    store.store(profileId, events);
    store.publish(profileId, events);
    store.publish(profileId, events.subList(0, events.size() / 2));
    // one new event behind the redeliveries on the profile's partition: once it is stored, so are
    // they
    CustomerEvent page =
        copy(
            events.stream().filter(e -> e.type() != EventType.TRACK).findFirst().orElseThrow(),
            Instant.now());
    store.publish(profileId, List.of(page));
    List<CustomerEvent> all = new ArrayList<>(events);
    all.add(page);
    store.awaitStored(profileId, all);

    assertThat(store.storedEvents(profileId)).isEqualTo(distinct(events) + 1);
    assertThat(feature(profileId, "orders_total")).isEqualTo(orders(events));
  }

  @Test
  void aResolvedEventThatCannotBeReadGoesToTheDeadLetterTopicAndTheEventsAfterItAreStored() {
    String profileId = "poisoned-" + UUID.randomUUID();
    List<CustomerEvent> events = events(buyers().getFirst());
    String poison = "{\"profileId\":\"" + profileId + "\",\"event\":\"not an event\"}";
    try (TopicReader dead =
            new TopicReader(Topics.RESOLVED_EVENTS.name() + ".scoring-history-events.dlt");
        TopicWriter writer = new TopicWriter()) {
      // the profile's key: the same partition as its events, which follow it
      writer.send(Topics.RESOLVED_EVENTS.name(), profileId, poison);
      store.store(profileId, events);

      List<ConsumerRecord<String, String>> letters = dead.await(1, r -> profileId.equals(r.key()));
      assertThat(letters).extracting(ConsumerRecord::value).containsExactly(poison);
      Header source = letters.getFirst().headers().lastHeader("kafka_dlt-original-topic");
      assertThat(new String(source.value(), StandardCharsets.UTF_8))
          .isEqualTo(Topics.RESOLVED_EVENTS.name());
    }
    assertThat(store.storedEvents(profileId)).isEqualTo(distinct(events));
    assertThat(feature(profileId, "orders_total")).isEqualTo(orders(events));
  }

  @Test
  void readsAMergedProfilesHistoryWithItsSurvivorAndGivesItBackOnUnmerge() {
    String survivor = "survivor-" + UUID.randomUUID();
    String merged = "merged-" + UUID.randomUUID();
    List<CustomerEvent> survivorEvents = events(buyers().get(0));
    List<CustomerEvent> mergedEvents = events(buyers().get(1));
    store.store(survivor, survivorEvents);
    store.store(merged, mergedEvents);
    Eventually.within(Duration.ofSeconds(30), () -> assertThat(scored(merged)).isTrue());

    try (TopicReader scores = new TopicReader(Topics.SCORES.name())) {
      store.merge(survivor, merged);

      List<ConsumerRecord<String, String>> removed =
          scores.await(
              1,
              r ->
                  merged.equals(r.key())
                      && r.value().contains("\"model\":\"" + MODEL + "\"")
                      && !r.value().contains("\"score\":{"));
      assertThat(removed).as("the merged profile's score is announced as removed").hasSize(1);
      Eventually.assertThat(
          () ->
              assertThat(feature(survivor, "orders_total"))
                  .isEqualTo(orders(survivorEvents) + orders(mergedEvents)));
      assertThat(client.get("/v1/scores/" + merged, ANALYST_TOKEN).status()).isEqualTo(404);
      assertThat(
              client
                  .post(
                      "/v1/models/" + MODEL + "/score",
                      "{\"profileId\":\"" + merged + "\"}",
                      ANALYST_TOKEN)
                  .status())
          .isEqualTo(404);
      assertThat(scores.await(1, r -> survivor.equals(r.key()) && r.value().contains(MODEL)))
          .as("the survivor is re-scored with the merged history")
          .isNotEmpty();
    }

    store.unmerge(survivor, merged);

    Eventually.assertThat(
        () -> assertThat(feature(survivor, "orders_total")).isEqualTo(orders(survivorEvents)));
    assertThat(feature(merged, "orders_total")).isEqualTo(orders(mergedEvents));
    Eventually.assertThat(() -> assertThat(scored(merged)).isTrue());
  }

  @Test
  void erasureDeletesTheHistoryAndTheScoresAndKeepsLateEventsOut() {
    String profileId = "erased-" + UUID.randomUUID();
    List<CustomerEvent> events = events(buyers().getFirst());
    store.store(profileId, events);
    Eventually.assertThat(() -> assertThat(scored(profileId)).isTrue());

    store.erase(profileId);

    Eventually.assertThat(() -> assertThat(store.storedEvents(profileId)).isZero());
    Eventually.assertThat(
        () ->
            assertThat(store.scoresItem(profileId))
                .containsEntry("closed", AttributeValue.fromS("ERASED"))
                .doesNotContainKey("score:" + MODEL));
    assertThat(client.get("/v1/scores/" + profileId, ANALYST_TOKEN).status()).isEqualTo(410);

    // an event of the profile delivered after its erasure, then a marker behind it on its partition
    int partition = store.publishOn(null, profileId, copy(events.getLast(), Instant.now()));
    String marker = "marker-" + UUID.randomUUID();
    store.publishOn(partition, marker, copy(events.getLast(), Instant.now()));
    Eventually.assertThat(() -> assertThat(store.storedEvents(marker)).isOne());
    assertThat(store.storedEvents(profileId)).as("nothing of the erased profile is kept").isZero();
  }

  @Test
  void rescoresAProfileWithNewEventsFromScoringsOwnTablesOnly() {
    String profileId = "new-" + UUID.randomUUID();
    try (TopicReader scores = new TopicReader(Topics.SCORES.name())) {
      store.store(profileId, events(buyers().getFirst()));

      assertThat(scores.await(1, r -> profileId.equals(r.key()) && r.value().contains(MODEL)))
          .as("new events are scored without any profile change")
          .isNotEmpty();
    }
    assertThat(store.scoresItem(profileId)).containsKey("score:" + MODEL);
    assertThat(scored(profileId)).isTrue();
    String prefix = DevStackExtension.stack().tablePrefix();
    assertThat(
            dynamo.listTablesPaginator().tableNames().stream()
                .filter(name -> name.startsWith(prefix)))
        .as("scoring creates (and so can use) only its own tables, none of identity-service's")
        .containsExactlyInAnyOrderElementsOf(
            ScoringTables.ALL.stream().map(table -> table.physicalName(prefix)).toList());
  }

  /** Whether the score API shows a score of the model for the profile. */
  private boolean scored(String profileId) {
    Response response = client.get("/v1/scores/" + profileId, ANALYST_TOKEN);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json().get("scores").has(MODEL);
  }

  private double feature(String profileId, String name) {
    Response response =
        client.post(
            "/v1/models/" + MODEL + "/score",
            "{\"profileId\":\"" + profileId + "\"}",
            ANALYST_TOKEN);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json().get("features").get(name).asDouble();
  }

  private List<SyntheticCustomer> buyers() {
    return world().world().customers().stream().filter(c -> orders(events(c)) > 0).toList();
  }

  private List<CustomerEvent> events(SyntheticCustomer customer) {
    return world().world().events(customer.customerId());
  }

  private static long orders(List<CustomerEvent> events) {
    return events.stream()
        .filter(e -> e.type() == EventType.TRACK && "Order Completed".equals(e.event()))
        .count();
  }

  private static int distinct(List<CustomerEvent> events) {
    return (int) events.stream().map(CustomerEvent::messageId).distinct().count();
  }

  /** The same event again with a new messageId and time. */
  private static CustomerEvent copy(CustomerEvent e, Instant at) {
    return new CustomerEvent(
        UUID.randomUUID().toString(),
        e.type(),
        e.event(),
        e.name(),
        e.userId(),
        e.anonymousId(),
        e.previousId(),
        e.groupId(),
        e.traits(),
        e.properties(),
        e.context(),
        e.integrations(),
        at,
        e.originalTimestamp(),
        e.sentAt(),
        at,
        e.source(),
        e.identifiers());
  }
}
