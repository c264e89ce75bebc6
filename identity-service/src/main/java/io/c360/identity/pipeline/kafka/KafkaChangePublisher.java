package io.c360.identity.pipeline.kafka;

import io.c360.common.profile.IdentityChange;
import io.c360.common.profile.ProfileErased;
import io.c360.common.profile.ProfileSnapshot;
import io.c360.common.profile.ResolvedEvent;
import io.c360.common.topic.Topics;
import io.c360.identity.pipeline.ChangePublisher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes with the idempotent producer (acks=all) and waits for every acknowledgement, so the
 * listener commits its offsets only after the announcements are durable.
 */
class KafkaChangePublisher implements ChangePublisher {

  private final KafkaTemplate<String, byte[]> kafka;
  private final JsonMapper json;
  private final Duration ackTimeout;

  KafkaChangePublisher(KafkaTemplate<String, byte[]> kafka, JsonMapper json, Duration ackTimeout) {
    this.kafka = kafka;
    this.json = json;
    this.ackTimeout = ackTimeout;
  }

  @Override
  public void publish(
      List<ResolvedEvent> resolved, List<ProfileSnapshot> profiles, List<IdentityChange> changes) {
    List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
    for (ResolvedEvent event : resolved) {
      records.add(
          new ProducerRecord<>(
              Topics.RESOLVED_EVENTS.name(), event.profileId(), json.writeValueAsBytes(event)));
    }
    for (ProfileSnapshot profile : profiles) {
      records.add(
          new ProducerRecord<>(
              Topics.PROFILES.name(), profile.profileId(), json.writeValueAsBytes(profile)));
    }
    for (IdentityChange change : changes) {
      records.add(
          new ProducerRecord<>(
              Topics.IDENTITY_MERGES.name(), change.profileId(), json.writeValueAsBytes(change)));
    }
    sendAll(records);
  }

  @Override
  public void publishErasure(ProfileErased erasure) {
    sendAll(
        List.of(
            new ProducerRecord<>(
                Topics.ERASURES.name(), erasure.profileId(), json.writeValueAsBytes(erasure)),
            new ProducerRecord<>(Topics.PROFILES.name(), erasure.profileId(), null)));
  }

  private void sendAll(List<ProducerRecord<String, byte[]>> records) {
    if (records.isEmpty()) {
      return;
    }
    List<CompletableFuture<?>> acks = new ArrayList<>(records.size());
    for (ProducerRecord<String, byte[]> record : records) {
      acks.add(kafka.send(record));
    }
    try {
      CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
          .get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while publishing", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Kafka did not acknowledge the identity changes", e);
    }
  }
}
