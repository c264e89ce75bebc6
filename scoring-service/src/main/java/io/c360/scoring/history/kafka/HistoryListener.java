package io.c360.scoring.history.kafka;

import io.c360.common.profile.IdentityChange;
import io.c360.common.profile.ProfileErased;
import io.c360.common.profile.ResolvedEvent;
import io.c360.platform.kafka.ContractBatch;
import io.c360.scoring.history.HistoryProjection;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Builds the history projection from {@code c360.resolved-events.v1} (in batches), {@code
 * c360.identity-merges.v1} and {@code c360.erasures.v1}. Offsets are committed only after the
 * projection stored the records; a failure is retried with back-off (the platform's error handler),
 * and a redelivered record changes nothing. A record that cannot be read goes to the listener's
 * dead-letter topic (after the records before it are stored). Each listener is its own consumer
 * group, so a new deployment builds the projection by replaying the topics from their start.
 */
@Component
class HistoryListener {

  private final HistoryProjection projection;

  HistoryListener(HistoryProjection projection) {
    this.projection = projection;
  }

  @KafkaListener(
      id = "scoring-history-events",
      topics = "#{T(io.c360.common.topic.Topics).RESOLVED_EVENTS.name()}",
      batch = "true")
  void onResolvedEvents(List<ConsumerRecord<String, ResolvedEvent>> records) {
    ContractBatch<ResolvedEvent> batch = ContractBatch.of(records);
    projection.resolved(batch.values());
    batch.reportFailed();
  }

  @KafkaListener(
      id = "scoring-history-merges",
      topics = "#{T(io.c360.common.topic.Topics).IDENTITY_MERGES.name()}")
  void onIdentityChange(IdentityChange change) {
    projection.identityChanged(change);
  }

  @KafkaListener(
      id = "scoring-history-erasures",
      topics = "#{T(io.c360.common.topic.Topics).ERASURES.name()}")
  void onErasure(ProfileErased erased) {
    projection.erased(erased.profileId());
  }
}
