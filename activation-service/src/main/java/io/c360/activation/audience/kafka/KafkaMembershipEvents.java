package io.c360.activation.audience.kafka;

import io.c360.activation.audience.MembershipEvents;
import io.c360.common.audience.AudienceMembershipChanged;
import io.c360.common.topic.Topics;
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

/** Entries and exits on {@code c360.audience-memberships.v1}, keyed by profileId, acknowledged. */
final class KafkaMembershipEvents implements MembershipEvents {

  private final KafkaTemplate<String, byte[]> kafka;
  private final JsonMapper json;
  private final Duration ackTimeout;

  KafkaMembershipEvents(KafkaTemplate<String, byte[]> kafka, JsonMapper json, Duration ackTimeout) {
    this.kafka = kafka;
    this.json = json;
    this.ackTimeout = ackTimeout;
  }

  @Override
  public void publish(List<AudienceMembershipChanged> changes) {
    if (changes.isEmpty()) {
      return;
    }
    List<CompletableFuture<?>> acks = new ArrayList<>(changes.size());
    for (AudienceMembershipChanged change : changes) {
      acks.add(
          kafka.send(
              new ProducerRecord<>(
                  Topics.AUDIENCE_MEMBERSHIPS.name(),
                  change.profileId(),
                  json.writeValueAsBytes(change))));
    }
    try {
      CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
          .get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while publishing audience changes", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Kafka did not acknowledge the audience changes", e);
    }
  }
}
