package io.c360.identity.pipeline.kafka;

import io.c360.common.event.CustomerEvent;
import io.c360.common.quarantine.QuarantinedRecord;
import io.c360.identity.pipeline.EventPipeline;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consumes {@code c360.events.v1} in batches and hands them to the {@link EventPipeline}. Offsets
 * are committed only after the pipeline returned, i.e. after profiles, timeline and topics are
 * written; a failure retries the whole batch (see {@link KafkaPipelineConfiguration}). A record
 * that is not a customer event (ingest validates, so this is a bug upstream) goes to the quarantine
 * topic with the reason rather than stopping the partition.
 */
class EventsListener {

  private static final Logger log = LoggerFactory.getLogger(EventsListener.class);

  private final EventPipeline pipeline;
  private final KafkaChangePublisher publisher;
  private final JsonMapper json;

  EventsListener(EventPipeline pipeline, KafkaChangePublisher publisher, JsonMapper json) {
    this.pipeline = pipeline;
    this.publisher = publisher;
    this.json = json;
  }

  @KafkaListener(
      id = "identity-resolution",
      topics = "#{T(io.c360.common.topic.Topics).EVENTS.name()}",
      batch = "true",
      concurrency = "${c360.identity.pipeline.concurrency:2}")
  void onEvents(List<ConsumerRecord<String, byte[]>> records) {
    List<CustomerEvent> events = new ArrayList<>(records.size());
    List<QuarantinedRecord> unreadable = new ArrayList<>();
    for (ConsumerRecord<String, byte[]> record : records) {
      try {
        events.add(json.readValue(record.value(), CustomerEvent.class));
      } catch (JacksonException | IllegalArgumentException e) {
        log.warn(
            "record {}-{}@{} is not a customer event: {}",
            record.topic(),
            record.partition(),
            record.offset(),
            e.getMessage());
        unreadable.add(publisher.unreadable(record, e.getMessage()));
      }
    }
    if (!unreadable.isEmpty()) {
      publisher.quarantine(unreadable);
    }
    if (!events.isEmpty()) {
      pipeline.process(events);
    }
  }
}
