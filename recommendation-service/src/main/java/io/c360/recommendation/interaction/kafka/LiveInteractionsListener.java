package io.c360.recommendation.interaction.kafka;

import io.c360.common.profile.ResolvedEvent;
import io.c360.platform.kafka.ContractBatch;
import io.c360.recommendation.interaction.Interaction;
import io.c360.recommendation.interaction.InteractionLearner;
import io.c360.recommendation.interaction.Interactions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Forwards live interactions to the live-only backends (Amazon Personalize's event tracker) once
 * across all instances: one consumer group shared by every instance, offsets committed after the
 * forwarding, so a restart resumes where it stopped and N instances do not send N copies. The first
 * start of the group, which has no offsets yet, forwards nothing older than {@code catchUp} before
 * it (the history reaches Personalize through the dataset export, not the tracker).
 */
class LiveInteractionsListener {

  private final List<InteractionLearner> liveOnly;
  private final Instant oldest;

  LiveInteractionsListener(List<InteractionLearner> liveOnly, Instant startedAt, Duration catchUp) {
    this.liveOnly = List.copyOf(liveOnly);
    this.oldest = startedAt.minus(catchUp);
  }

  @KafkaListener(
      id = "recommendation-live-interactions",
      topics = "#{T(io.c360.common.topic.Topics).RESOLVED_EVENTS.name()}",
      groupId = "recommendation-service-live-interactions",
      batch = "true")
  void onResolvedEvents(List<ConsumerRecord<String, ResolvedEvent>> records) {
    ContractBatch<ResolvedEvent> batch = ContractBatch.of(records);
    List<Interaction> live = new ArrayList<>();
    for (ConsumerRecord<String, ResolvedEvent> record : batch.records()) {
      ResolvedEvent resolved = record.value();
      if (resolved != null && record.timestamp() >= oldest.toEpochMilli()) {
        live.addAll(Interactions.of(resolved.profileId(), resolved.event()));
      }
    }
    if (!live.isEmpty()) {
      liveOnly.forEach(r -> r.record(live));
    }
    batch.reportFailed();
  }
}
