package io.c360.recommendation.identity.kafka;

import io.c360.common.profile.IdentityChange;
import io.c360.common.profile.LinkedIdentifier;
import io.c360.common.profile.ProfileErased;
import io.c360.recommendation.identity.IdentityGraph;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Feeds the {@link IdentityGraph}: every instance re-reads the compacted {@code c360.profiles.v1}
 * (each profile's identifiers; a tombstone deletes the profile), {@code c360.identity-merges.v1}
 * and {@code c360.erasures.v1} from their beginning at startup, then follows them.
 */
class IdentityGraphListener implements ConsumerSeekAware {

  private static final Logger log = LoggerFactory.getLogger(IdentityGraphListener.class);

  /** The part of a profile snapshot the graph needs; the rest of the record is not read. */
  record ProfileIdentifiers(
      String profileId,
      @Nullable List<LinkedIdentifier> identifiers,
      @Nullable List<String> mergedProfileIds) {}

  private final IdentityGraph graph;
  private final JsonMapper json;

  IdentityGraphListener(IdentityGraph graph, JsonMapper json) {
    this.graph = graph;
    this.json = json;
  }

  @Override
  public void onPartitionsAssigned(
      Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
    // the graph is rebuilt in memory at every start
    callback.seekToBeginning(assignments.keySet());
  }

  @KafkaListener(
      id = "recommendation-identity-profiles",
      topics = "#{T(io.c360.common.topic.Topics).PROFILES.name()}",
      groupId = "recommendation-service-identity-profiles-${c360.recommendation.instance-id}",
      batch = "true")
  void onProfiles(List<ConsumerRecord<String, byte[]>> records) {
    for (ConsumerRecord<String, byte[]> record : records) {
      if (record.value() == null) {
        if (record.key() != null) {
          graph.profileDeleted(record.key());
        }
        continue;
      }
      try {
        ProfileIdentifiers profile = json.readValue(record.value(), ProfileIdentifiers.class);
        List<LinkedIdentifier> identifiers =
            profile.identifiers() == null ? List.of() : profile.identifiers();
        graph.profileChanged(
            profile.profileId(),
            identifiers.stream().map(i -> i.identifier().key()).toList(),
            profile.mergedProfileIds() == null ? List.of() : profile.mergedProfileIds());
      } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
        log.warn(
            "skipping an unreadable profile at {}-{}@{}: {}",
            record.topic(),
            record.partition(),
            record.offset(),
            e.getMessage());
      }
    }
  }

  @KafkaListener(
      id = "recommendation-identity-merges",
      topics = "#{T(io.c360.common.topic.Topics).IDENTITY_MERGES.name()}",
      groupId = "recommendation-service-identity-merges-${c360.recommendation.instance-id}")
  void onMerge(ConsumerRecord<String, byte[]> record) {
    if (record.value() == null) {
      return;
    }
    IdentityChange change = json.readValue(record.value(), IdentityChange.class);
    if (IdentityChange.UNMERGED.equals(change.type())) {
      graph.unmerged(change.profileId(), change.mergedProfileId(), change.identifierKeys());
    } else {
      graph.merged(change.profileId(), change.mergedProfileId(), change.identifierKeys());
    }
  }

  @KafkaListener(
      id = "recommendation-identity-erasures",
      topics = "#{T(io.c360.common.topic.Topics).ERASURES.name()}",
      groupId = "recommendation-service-identity-erasures-${c360.recommendation.instance-id}")
  void onErasure(ConsumerRecord<String, byte[]> record) {
    if (record.value() == null) {
      return;
    }
    ProfileErased erased = json.readValue(record.value(), ProfileErased.class);
    graph.erased(erased.profileId(), erased.identifierKeyHashes());
  }
}
