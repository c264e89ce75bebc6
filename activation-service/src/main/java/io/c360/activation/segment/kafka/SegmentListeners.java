package io.c360.activation.segment.kafka;

import io.c360.activation.segment.SegmentSync;
import io.c360.common.audience.AudienceMembershipChanged;
import io.c360.common.score.ScoresUpdated;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends audience entries and exits ({@code c360.audience-memberships.v1}) and score updates ({@code
 * c360.scores.v1}) to Segment. Each batch is acknowledged only after Segment accepted it; a failure
 * leaves the offsets uncommitted and the error handler retries the batch (the calls carry the same
 * messageIds, which Segment deduplicates).
 */
class SegmentListeners {

  private static final Logger log = LoggerFactory.getLogger(SegmentListeners.class);

  private final SegmentSync sync;
  private final JsonMapper json;

  SegmentListeners(SegmentSync sync, JsonMapper json) {
    this.sync = sync;
    this.json = json;
  }

  @KafkaListener(
      id = "activation-segment-memberships",
      topics = "#{T(io.c360.common.topic.Topics).AUDIENCE_MEMBERSHIPS.name()}",
      groupId = "activation-service-segment",
      containerFactory = SegmentKafkaConfiguration.CONTAINER_FACTORY,
      batch = "true")
  void onMemberships(List<ConsumerRecord<String, byte[]>> records, Acknowledgment ack) {
    sync.membershipsChanged(read(records, AudienceMembershipChanged.class));
    ack.acknowledge();
  }

  @KafkaListener(
      id = "activation-segment-scores",
      topics = "#{T(io.c360.common.topic.Topics).SCORES.name()}",
      groupId = "activation-service-segment",
      containerFactory = SegmentKafkaConfiguration.CONTAINER_FACTORY,
      batch = "true")
  void onScores(List<ConsumerRecord<String, byte[]>> records, Acknowledgment ack) {
    sync.scoresUpdated(read(records, ScoresUpdated.class));
    ack.acknowledge();
  }

  private <T> List<T> read(List<ConsumerRecord<String, byte[]>> records, Class<T> type) {
    List<T> values = new ArrayList<>(records.size());
    for (ConsumerRecord<String, byte[]> record : records) {
      if (record.value() == null) {
        continue;
      }
      try {
        values.add(json.readValue(record.value(), type));
      } catch (JacksonException e) {
        // a record no version of the contract can read would block the partition forever
        log.warn(
            "skipping an unreadable {} record at {}-{}@{}: {}",
            type.getSimpleName(),
            record.topic(),
            record.partition(),
            record.offset(),
            e.getOriginalMessage());
      }
    }
    return values;
  }
}
