package io.c360.scoring.scoring.kafka;

import io.c360.common.score.ScoresUpdated;
import io.c360.common.topic.Topics;
import io.c360.scoring.scoring.ScorePublisher;
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

/** Publishes score records keyed by profileId with the idempotent producer, and waits for acks. */
final class KafkaScorePublisher implements ScorePublisher {

  private final KafkaTemplate<String, byte[]> kafka;
  private final JsonMapper json;
  private final Duration ackTimeout;

  KafkaScorePublisher(KafkaTemplate<String, byte[]> kafka, JsonMapper json, Duration ackTimeout) {
    this.kafka = kafka;
    this.json = json;
    this.ackTimeout = ackTimeout;
  }

  @Override
  public void publish(List<ScoresUpdated> updates) {
    if (updates.isEmpty()) {
      return;
    }
    List<CompletableFuture<?>> acks = new ArrayList<>(updates.size());
    for (ScoresUpdated update : updates) {
      acks.add(
          kafka.send(
              new ProducerRecord<>(
                  Topics.SCORES.name(), update.profileId(), json.writeValueAsBytes(update))));
    }
    try {
      CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
          .get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while publishing scores", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Kafka did not acknowledge the scores", e);
    }
  }
}
