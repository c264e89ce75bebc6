package io.c360.scoring.history.kafka;

import io.c360.common.json.EventJson;
import io.c360.common.profile.IdentityChange;
import io.c360.common.profile.ProfileErased;
import io.c360.common.profile.ResolvedEvent;
import io.c360.scoring.history.HistoryProjection;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the history projection from {@code c360.resolved-events.v1} (in batches), {@code
 * c360.identity-merges.v1} and {@code c360.erasures.v1}. Offsets are committed only after the
 * projection stored the records; a failure is retried with back-off (the service's error handler),
 * and a redelivered record changes nothing. Each listener is its own consumer group, so a new
 * deployment builds the projection by replaying the topics from their start.
 */
@Component
class HistoryListener {

  private final HistoryProjection projection;
  private final JsonMapper json = EventJson.mapper();

  HistoryListener(HistoryProjection projection) {
    this.projection = projection;
  }

  @KafkaListener(
      id = "scoring-history-events",
      topics = "#{T(io.c360.common.topic.Topics).RESOLVED_EVENTS.name()}",
      batch = "true")
  void onResolvedEvents(List<ConsumerRecord<String, byte[]>> records) {
    List<ResolvedEvent> events = new ArrayList<>(records.size());
    for (ConsumerRecord<String, byte[]> record : records) {
      if (record.value() != null) {
        events.add(json.readValue(record.value(), ResolvedEvent.class));
      }
    }
    projection.resolved(events);
  }

  @KafkaListener(
      id = "scoring-history-merges",
      topics = "#{T(io.c360.common.topic.Topics).IDENTITY_MERGES.name()}")
  void onIdentityChange(ConsumerRecord<String, byte[]> record) {
    if (record.value() != null) {
      projection.identityChanged(json.readValue(record.value(), IdentityChange.class));
    }
  }

  @KafkaListener(
      id = "scoring-history-erasures",
      topics = "#{T(io.c360.common.topic.Topics).ERASURES.name()}")
  void onErasure(ConsumerRecord<String, byte[]> record) {
    if (record.value() != null) {
      projection.erased(json.readValue(record.value(), ProfileErased.class).profileId());
    }
  }
}
