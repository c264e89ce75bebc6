package io.c360.scoring.support;

import io.c360.common.event.CustomerEvent;
import io.c360.common.json.EventJson;
import io.c360.common.profile.IdentityChange;
import io.c360.common.profile.ProfileErased;
import io.c360.common.profile.ResolvedEvent;
import io.c360.common.topic.Topics;
import io.c360.devstack.test.DevStackExtension;
import io.c360.devstack.test.Eventually;
import io.c360.scoring.ScoringTables;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.assertj.core.api.Assertions;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Publishes customers' histories as identity-service does (each event as a {@code ResolvedEvent} on
 * {@code c360.resolved-events.v1}, key profileId; merges on {@code c360.identity-merges.v1};
 * erasures on {@code c360.erasures.v1}) and waits for scoring's projection to hold them; reads
 * scoring's own tables as a user checking them would.
 */
public final class StoredHistories implements AutoCloseable {

  private final DynamoDbClient dynamo;
  private final KafkaProducer<String, String> producer;
  private final String history;
  private final String scores;

  public StoredHistories(DynamoDbClient dynamo) {
    this.dynamo = dynamo;
    Properties props = new Properties();
    props.put(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, DevStackExtension.stack().kafkaBootstrapServers());
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    this.producer = new KafkaProducer<>(props);
    String prefix = DevStackExtension.stack().tablePrefix();
    this.history = prefix + ScoringTables.SCORING_HISTORY.name();
    this.scores = prefix + ScoringTables.SCORING_SCORES.name();
  }

  /** Publishes the events as resolved to the profile and waits until scoring's history has them. */
  public void store(String profileId, List<CustomerEvent> events) {
    publish(profileId, events);
    awaitStored(profileId, events);
  }

  /** Publishes the events as resolved to the profile (acknowledged, not yet projected). */
  public void publish(String profileId, List<CustomerEvent> events) {
    List<Future<RecordMetadata>> acks = new ArrayList<>(events.size());
    for (CustomerEvent event : events) {
      acks.add(
          producer.send(
              new ProducerRecord<>(
                  Topics.RESOLVED_EVENTS.name(),
                  profileId,
                  EventJson.mapper().writeValueAsString(new ResolvedEvent(profileId, event)))));
    }
    producer.flush();
    acks.forEach(StoredHistories::acknowledged);
  }

  /**
   * Publishes one event as resolved to the profile on the given partition (null: the partition of
   * its key) and returns the partition it went to.
   */
  public int publishOn(@Nullable Integer partition, String profileId, CustomerEvent event) {
    Future<RecordMetadata> ack =
        producer.send(
            new ProducerRecord<>(
                Topics.RESOLVED_EVENTS.name(),
                partition,
                profileId,
                EventJson.mapper().writeValueAsString(new ResolvedEvent(profileId, event))));
    producer.flush();
    acknowledged(ack);
    try {
      return ack.get().partition();
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Waits (up to 3 minutes) until scoring's history holds one entry per distinct event. */
  public void awaitStored(String profileId, List<CustomerEvent> events) {
    Set<String> distinct = new HashSet<>();
    events.forEach(e -> distinct.add(e.timestamp().toEpochMilli() + "#" + e.messageId()));
    Eventually.within(
        Duration.ofMinutes(3),
        () ->
            Assertions.assertThat(storedEvents(profileId))
                .as("events of %s in scoring's history", profileId)
                .isEqualTo(distinct.size()));
  }

  /** How many events of the profile (under its own id) scoring's history holds. */
  public int storedEvents(String profileId) {
    return dynamo
        .queryPaginator(
            r ->
                r.tableName(history)
                    .keyConditionExpression("profileId = :p AND begins_with(entryKey, :e)")
                    .expressionAttributeValues(
                        Map.of(
                            ":p",
                            AttributeValue.fromS(profileId),
                            ":e",
                            AttributeValue.fromS("e#")))
                    .select(Select.COUNT)
                    .consistentRead(true))
        .stream()
        .mapToInt(page -> page.count())
        .sum();
  }

  /** Publishes that {@code merged} was merged into {@code survivor}, as identity-service does. */
  public void merge(String survivor, String merged) {
    identityChange(IdentityChange.MERGED, survivor, merged);
  }

  /** Publishes that {@code restored} was split back out of {@code survivor}. */
  public void unmerge(String survivor, String restored) {
    identityChange(IdentityChange.UNMERGED, survivor, restored);
  }

  private void identityChange(String type, String survivor, String other) {
    send(
        Topics.IDENTITY_MERGES.name(),
        survivor,
        EventJson.mapper()
            .writeValueAsString(
                new IdentityChange(
                    type, survivor, other, List.of(), "test", Instant.now(), "test-admin")));
  }

  /** Publishes a right-to-erasure record for the profile. */
  public void erase(String profileId) {
    send(
        Topics.ERASURES.name(),
        profileId,
        EventJson.mapper()
            .writeValueAsString(
                new ProfileErased(profileId, List.of(), Instant.now(), "test-admin")));
  }

  /** The profile's item in scoring's {@code scoring-scores} table (empty when there is none). */
  public Map<String, AttributeValue> scoresItem(String profileId) {
    return dynamo
        .getItem(
            r ->
                r.tableName(scores)
                    .key(Map.of("profileId", AttributeValue.fromS(profileId)))
                    .consistentRead(true))
        .item();
  }

  private void send(String topic, String key, @Nullable String value) {
    acknowledged(producer.send(new ProducerRecord<>(topic, key, value)));
  }

  private static void acknowledged(Future<RecordMetadata> ack) {
    try {
      ack.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}
