package io.c360.ingest.publishing.kafka;

import io.c360.common.catalog.CatalogUpdate;
import io.c360.common.event.CustomerEvent;
import io.c360.common.quarantine.QuarantinedRecord;
import io.c360.common.topic.Topics;
import io.c360.ingest.publishing.EventPublisher;
import io.c360.ingest.publishing.PublishFailedException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes to Kafka with the idempotent producer (acks=all) and waits for every acknowledgement,
 * so a caller's 200 means the records are durably in the log. Sends of one call are pipelined and
 * awaited together, all within one {@code ackTimeout} (the template's {@code max.block.ms} is set
 * to it too), so with the broker gone a caller hears 503 within that time, not a minute later.
 */
public class KafkaEventPublisher implements EventPublisher {

  /** Header names carried on {@code c360.events.v1}, readable without parsing the value. */
  public static final String SOURCE_HEADER = "c360-source";

  public static final String MESSAGE_ID_HEADER = "c360-message-id";
  public static final String TYPE_HEADER = "c360-type";

  private final KafkaTemplate<String, byte[]> kafka;
  private final JsonMapper json;
  private final Duration ackTimeout;

  public KafkaEventPublisher(
      KafkaTemplate<String, byte[]> kafka, JsonMapper json, Duration ackTimeout) {
    this.kafka = kafka;
    this.json = json;
    this.ackTimeout = ackTimeout;
  }

  @Override
  public void publishEvents(List<CustomerEvent> events) {
    List<ProducerRecord<String, byte[]>> records = new ArrayList<>(events.size());
    for (CustomerEvent event : events) {
      var record =
          new ProducerRecord<>(
              Topics.EVENTS.name(), event.partitionKey(), json.writeValueAsBytes(event));
      record.headers().add(SOURCE_HEADER, event.source().getBytes(StandardCharsets.UTF_8));
      record.headers().add(MESSAGE_ID_HEADER, event.messageId().getBytes(StandardCharsets.UTF_8));
      record.headers().add(TYPE_HEADER, event.type().wireName().getBytes(StandardCharsets.UTF_8));
      records.add(record);
    }
    sendAll(records);
  }

  @Override
  public void publishCatalog(List<CatalogUpdate> updates) {
    sendAll(
        updates.stream()
            .map(
                u ->
                    new ProducerRecord<>(Topics.CATALOG.name(), u.key(), json.writeValueAsBytes(u)))
            .toList());
  }

  @Override
  public void quarantine(List<QuarantinedRecord> records) {
    sendAll(
        records.stream()
            .map(
                r ->
                    new ProducerRecord<>(
                        Topics.QUARANTINE.name(), r.source(), json.writeValueAsBytes(r)))
            .toList());
  }

  private void sendAll(List<ProducerRecord<String, byte[]>> records) {
    if (records.isEmpty()) {
      return;
    }
    long deadline = System.nanoTime() + ackTimeout.toNanos();
    CompletableFuture<?>[] acks = new CompletableFuture<?>[records.size()];
    try {
      for (int i = 0; i < acks.length; i++) {
        acks[i] = kafka.send(records.get(i));
      }
    } catch (KafkaException | org.springframework.kafka.KafkaException e) {
      // the template wraps what send() throws (no metadata within max.block.ms: broker gone)
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new PublishFailedException("Kafka refused the write: " + cause.getMessage(), e);
    }
    try {
      long left = Math.max(0, deadline - System.nanoTime());
      CompletableFuture.allOf(acks).get(left, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PublishFailedException("interrupted while waiting for Kafka", e);
    } catch (ExecutionException e) {
      throw new PublishFailedException("Kafka refused the write: " + e.getCause().getMessage(), e);
    } catch (TimeoutException e) {
      throw new PublishFailedException(
          "Kafka did not acknowledge within " + ackTimeout.toSeconds() + " s", e);
    }
  }
}
