package io.c360.identity.pipeline.kafka;

import io.c360.common.event.CustomerEvent;
import io.c360.identity.pipeline.EventPipeline;
import io.c360.platform.kafka.ContractBatch;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Consumes {@code c360.events.v1} in batches and hands them to the {@link EventPipeline}. Offsets
 * are committed only after the pipeline returned, i.e. after profiles, timeline and topics are
 * written; a failure retries the batch (the platform's error handler). A record that is not a
 * customer event (ingest validates, so this is a bug upstream) stops the batch where it is: the
 * events before it are processed, it goes to {@code c360.events.v1.identity-resolution.dlt}, and
 * the events after it are redelivered.
 */
class EventsListener {

  private final EventPipeline pipeline;

  EventsListener(EventPipeline pipeline) {
    this.pipeline = pipeline;
  }

  @KafkaListener(
      id = "identity-resolution",
      topics = "#{T(io.c360.common.topic.Topics).EVENTS.name()}",
      batch = "true",
      concurrency = "${c360.identity.pipeline.concurrency:2}")
  void onEvents(List<ConsumerRecord<String, CustomerEvent>> records) {
    ContractBatch<CustomerEvent> batch = ContractBatch.of(records);
    List<CustomerEvent> events = batch.values();
    if (!events.isEmpty()) {
      pipeline.process(events);
    }
    batch.reportFailed();
  }
}
