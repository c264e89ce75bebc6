package io.c360.identity.score.kafka;

import io.c360.common.score.ScoresUpdated;
import io.c360.identity.score.ScoreProjection;
import io.c360.platform.kafka.ContractBatch;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code c360.scores.v1} in batches, in its own consumer group, into the {@link
 * ScoreProjection}; offsets are committed after the batch is stored, a failure retries it (the
 * platform's error handler), and a redelivered record changes nothing. A record that is not a
 * {@code ScoresUpdated}, or one without a profileId or a model, goes to {@code
 * c360.scores.v1.identity-scores.dlt} once the updates before it are stored.
 */
@Component
class ScoresListener {

  private final ScoreProjection projection;

  ScoresListener(ScoreProjection projection) {
    this.projection = projection;
  }

  @KafkaListener(
      id = "identity-scores",
      groupId = "identity-service-scores",
      topics = "#{T(io.c360.common.topic.Topics).SCORES.name()}",
      batch = "true")
  void onScores(List<ConsumerRecord<String, ScoresUpdated>> records) {
    ContractBatch<ScoresUpdated> batch = ContractBatch.of(records, ScoresListener::problem);
    projection.apply(batch.values());
    batch.reportFailed();
  }

  private static @Nullable String problem(ScoresUpdated update) {
    return update.profileId() == null || update.model() == null
        ? "a scores-updated record needs a profileId and a model"
        : null;
  }
}
