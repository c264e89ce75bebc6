package io.c360.identity.score.kafka;

import io.c360.common.quarantine.QuarantinedRecord;
import io.c360.common.score.ScoresUpdated;
import io.c360.common.topic.Topics;
import io.c360.identity.score.ScoreProjection;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consumes {@code c360.scores.v1} in batches, in its own consumer group, into the {@link
 * ScoreProjection}; offsets are committed after the batch is stored, a failure retries it (the
 * pipeline's error handler), and a redelivered record changes nothing. A record that is not a
 * {@code ScoresUpdated} goes to the quarantine topic with the reason rather than stopping the
 * partition.
 */
class ScoresListener {

  private static final Logger log = LoggerFactory.getLogger(ScoresListener.class);

  private final ScoreProjection projection;
  private final KafkaTemplate<String, byte[]> kafka;
  private final JsonMapper json;
  private final Clock clock;

  ScoresListener(
      ScoreProjection projection,
      KafkaTemplate<String, byte[]> kafka,
      JsonMapper json,
      Clock clock) {
    this.projection = projection;
    this.kafka = kafka;
    this.json = json;
    this.clock = clock;
  }

  @KafkaListener(
      id = "identity-scores",
      groupId = "identity-service-scores",
      topics = "#{T(io.c360.common.topic.Topics).SCORES.name()}",
      batch = "true")
  void onScores(List<ConsumerRecord<String, byte[]>> records) {
    List<ScoresUpdated> updates = new ArrayList<>(records.size());
    for (ConsumerRecord<String, byte[]> record : records) {
      ScoresUpdated update = read(record);
      if (update != null) {
        updates.add(update);
      }
    }
    projection.apply(updates);
  }

  private @org.jspecify.annotations.Nullable ScoresUpdated read(
      ConsumerRecord<String, byte[]> record) {
    String problem;
    try {
      ScoresUpdated update =
          record.value() == null ? null : json.readValue(record.value(), ScoresUpdated.class);
      if (update != null && update.profileId() != null && update.model() != null) {
        return update;
      }
      problem = "a scores-updated record needs a profileId and a model";
    } catch (JacksonException | IllegalArgumentException e) {
      problem = e.getMessage();
    }
    log.warn(
        "record {}-{}@{} is not a scores update: {}",
        record.topic(),
        record.partition(),
        record.offset(),
        problem);
    quarantine(record, problem);
    return null;
  }

  private void quarantine(ConsumerRecord<String, byte[]> record, String reason) {
    String raw = record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8);
    QuarantinedRecord quarantined =
        new QuarantinedRecord(
            "identity",
            Topics.SCORES.name() + "/" + record.partition() + "@" + record.offset(),
            null,
            null,
            List.of("not a scores update: " + reason),
            raw,
            clock.instant());
    try {
      kafka
          .send(Topics.QUARANTINE.name(), quarantined.source(), json.writeValueAsBytes(quarantined))
          .get(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while quarantining", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Kafka did not acknowledge the quarantined record", e);
    }
  }
}
