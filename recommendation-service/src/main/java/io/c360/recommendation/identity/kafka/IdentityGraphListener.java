package io.c360.recommendation.identity.kafka;

import io.c360.common.profile.IdentityChange;
import io.c360.common.profile.ProfileErased;
import io.c360.common.profile.ProfileSnapshot;
import io.c360.platform.kafka.ContractBatch;
import io.c360.recommendation.identity.IdentityGraph;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@link IdentityGraph} projection from identity-service's topics: the compacted {@code
 * c360.profiles.v1} (each profile's identifiers and version; a tombstone deletes the profile),
 * {@code c360.identity-merges.v1} and {@code c360.erasures.v1}. The projection is durable and
 * shared, so the instances share one consumer group per topic and commit after each change is
 * written; a failed write is retried by the platform's error handler, never skipped, and a record
 * no release of identity can have written goes to the listener's dead-letter topic. Rebuilding the
 * projection is replaying the topics into an empty table (reset these groups to the earliest
 * offsets).
 */
@Component
class IdentityGraphListener {

  private final IdentityGraph graph;

  IdentityGraphListener(IdentityGraph graph) {
    this.graph = graph;
  }

  @KafkaListener(
      id = "recommendation-identity-profiles",
      topics = "#{T(io.c360.common.topic.Topics).PROFILES.name()}",
      groupId = "recommendation-service-identity-profiles",
      batch = "true")
  void onProfiles(List<ConsumerRecord<String, ProfileSnapshot>> records) {
    ContractBatch<ProfileSnapshot> batch = ContractBatch.of(records);
    for (ConsumerRecord<String, ProfileSnapshot> record : batch.records()) {
      ProfileSnapshot profile = record.value();
      if (profile == null) {
        if (record.key() != null) {
          graph.profileDeleted(record.key());
        }
        continue;
      }
      graph.profileChanged(
          profile.profileId(),
          profile.version(),
          profile.identifiers().stream().map(i -> i.identifier().key()).toList(),
          profile.mergedProfileIds());
    }
    batch.reportFailed();
  }

  @KafkaListener(
      id = "recommendation-identity-merges",
      topics = "#{T(io.c360.common.topic.Topics).IDENTITY_MERGES.name()}",
      groupId = "recommendation-service-identity-merges")
  void onMerge(IdentityChange change) {
    if (IdentityChange.UNMERGED.equals(change.type())) {
      graph.unmerged(change.profileId(), change.mergedProfileId(), change.identifierKeys());
    } else {
      graph.merged(change.profileId(), change.mergedProfileId(), change.identifierKeys());
    }
  }

  @KafkaListener(
      id = "recommendation-identity-erasures",
      topics = "#{T(io.c360.common.topic.Topics).ERASURES.name()}",
      groupId = "recommendation-service-identity-erasures")
  void onErasure(ProfileErased erased) {
    graph.erased(erased.profileId());
  }
}
