package io.c360.activation.segment.kafka;

import io.c360.activation.segment.SegmentSync;
import io.c360.common.audience.AudienceMembershipChanged;
import io.c360.common.score.ScoresUpdated;
import io.c360.platform.kafka.ContractBatch;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;

/**
 * Sends audience entries and exits ({@code c360.audience-memberships.v1}) and score updates ({@code
 * c360.scores.v1}) to Segment. Each batch is acknowledged only after Segment accepted it; a failure
 * leaves the offsets uncommitted and the error handler retries the batch (the calls carry the same
 * messageIds, which Segment deduplicates). A record that cannot be read is reported (instead of
 * acknowledging the batch) once the records before it are sent: the error handler commits those,
 * sends it to the listener's dead-letter topic and redelivers the records after it.
 */
class SegmentListeners {

  private final SegmentSync sync;

  SegmentListeners(SegmentSync sync) {
    this.sync = sync;
  }

  @KafkaListener(
      id = "activation-segment-memberships",
      topics = "#{T(io.c360.common.topic.Topics).AUDIENCE_MEMBERSHIPS.name()}",
      groupId = "activation-service-segment",
      containerFactory = SegmentKafkaConfiguration.CONTAINER_FACTORY,
      batch = "true")
  void onMemberships(
      List<ConsumerRecord<String, AudienceMembershipChanged>> records, Acknowledgment ack) {
    ContractBatch<AudienceMembershipChanged> batch = ContractBatch.of(records);
    sync.membershipsChanged(batch.values());
    batch.reportFailed();
    ack.acknowledge();
  }

  @KafkaListener(
      id = "activation-segment-scores",
      topics = "#{T(io.c360.common.topic.Topics).SCORES.name()}",
      groupId = "activation-service-segment",
      containerFactory = SegmentKafkaConfiguration.CONTAINER_FACTORY,
      batch = "true")
  void onScores(List<ConsumerRecord<String, ScoresUpdated>> records, Acknowledgment ack) {
    ContractBatch<ScoresUpdated> batch = ContractBatch.of(records);
    sync.scoresUpdated(batch.values());
    batch.reportFailed();
    ack.acknowledge();
  }
}
