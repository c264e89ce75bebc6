package io.c360.recommendation.interaction.kafka;

import io.c360.common.profile.ResolvedEvent;
import io.c360.recommendation.interaction.Interaction;
import io.c360.recommendation.interaction.InteractionLearner;
import io.c360.recommendation.interaction.Interactions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Forwards live interactions to the live-only backends (Amazon Personalize's event tracker) once
 * across all instances: one consumer group shared by every instance, offsets committed after the
 * forwarding, so a restart resumes where it stopped and N instances do not send N copies. The first
 * start of the group, which has no offsets yet, forwards nothing older than {@code catchUp} before
 * it (the history reaches Personalize through the dataset export, not the tracker).
 */
class LiveInteractionsListener {

  private static final Logger log = LoggerFactory.getLogger(LiveInteractionsListener.class);

  private final List<InteractionLearner> liveOnly;
  private final JsonMapper json;
  private final Instant oldest;

  LiveInteractionsListener(
      List<InteractionLearner> liveOnly, JsonMapper json, Instant startedAt, Duration catchUp) {
    this.liveOnly = List.copyOf(liveOnly);
    this.json = json;
    this.oldest = startedAt.minus(catchUp);
  }

  @KafkaListener(
      id = "recommendation-live-interactions",
      topics = "#{T(io.c360.common.topic.Topics).RESOLVED_EVENTS.name()}",
      groupId = "recommendation-service-live-interactions",
      batch = "true")
  void onResolvedEvents(List<ConsumerRecord<String, byte[]>> records) {
    List<Interaction> live = new ArrayList<>();
    for (ConsumerRecord<String, byte[]> record : records) {
      if (record.value() == null || record.timestamp() < oldest.toEpochMilli()) {
        continue;
      }
      try {
        ResolvedEvent resolved = json.readValue(record.value(), ResolvedEvent.class);
        live.addAll(Interactions.of(resolved.profileId(), resolved.event()));
      } catch (JacksonException | IllegalArgumentException e) {
        log.warn(
            "skipping an unreadable resolved event at offset {}: {}",
            record.offset(),
            e.getMessage());
      }
    }
    if (!live.isEmpty()) {
      liveOnly.forEach(r -> r.record(live));
    }
  }
}
