package io.c360.recommendation.identity.kafka;

import io.c360.common.profile.IdentityChange;
import io.c360.common.profile.LinkedIdentifier;
import io.c360.common.profile.ProfileErased;
import io.c360.recommendation.identity.IdentityGraph;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the {@link IdentityGraph} projection from identity-service's topics: the compacted {@code
 * c360.profiles.v1} (each profile's identifiers and version; a tombstone deletes the profile),
 * {@code c360.identity-merges.v1} and {@code c360.erasures.v1}. The projection is durable and
 * shared, so the instances share one consumer group per topic and commit after each change is
 * written; a failed write is retried by the error handler, never skipped. Rebuilding the projection
 * is replaying the topics into an empty table (reset these groups to the earliest offsets).
 */
class IdentityGraphListener {

  private static final Logger log = LoggerFactory.getLogger(IdentityGraphListener.class);

  /** The part of a profile snapshot the graph needs; the rest of the record is not read. */
  record ProfileIdentifiers(
      String profileId,
      long version,
      @Nullable List<LinkedIdentifier> identifiers,
      @Nullable List<String> mergedProfileIds) {}

  private final IdentityGraph graph;
  private final JsonMapper json;

  IdentityGraphListener(IdentityGraph graph, JsonMapper json) {
    this.graph = graph;
    this.json = json;
  }

  @KafkaListener(
      id = "recommendation-identity-profiles",
      topics = "#{T(io.c360.common.topic.Topics).PROFILES.name()}",
      groupId = "recommendation-service-identity-profiles",
      batch = "true")
  void onProfiles(List<ConsumerRecord<String, byte[]>> records) {
    for (ConsumerRecord<String, byte[]> record : records) {
      if (record.value() == null) {
        if (record.key() != null) {
          graph.profileDeleted(record.key());
        }
        continue;
      }
      ProfileIdentifiers profile = read(record, ProfileIdentifiers.class);
      if (profile == null || profile.profileId() == null) {
        continue;
      }
      List<LinkedIdentifier> identifiers =
          profile.identifiers() == null ? List.of() : profile.identifiers();
      graph.profileChanged(
          profile.profileId(),
          profile.version(),
          identifiers.stream().map(i -> i.identifier().key()).toList(),
          profile.mergedProfileIds() == null ? List.of() : profile.mergedProfileIds());
    }
  }

  @KafkaListener(
      id = "recommendation-identity-merges",
      topics = "#{T(io.c360.common.topic.Topics).IDENTITY_MERGES.name()}",
      groupId = "recommendation-service-identity-merges")
  void onMerge(ConsumerRecord<String, byte[]> record) {
    if (record.value() == null) {
      return;
    }
    IdentityChange change = read(record, IdentityChange.class);
    if (change == null) {
      return;
    }
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
  void onErasure(ConsumerRecord<String, byte[]> record) {
    if (record.value() == null) {
      return;
    }
    ProfileErased erased = read(record, ProfileErased.class);
    if (erased != null) {
      graph.erased(erased.profileId());
    }
  }

  /**
   * The record's value, or null (logged) when it is not one: a record no release of identity can
   * have written would stop the projection for good if it were retried.
   */
  private <T> @Nullable T read(ConsumerRecord<String, byte[]> record, Class<T> type) {
    try {
      return json.readValue(record.value(), type);
    } catch (JacksonException | IllegalArgumentException e) {
      log.warn(
          "skipping an unreadable record at {}-{}@{}: {}",
          record.topic(),
          record.partition(),
          record.offset(),
          e.getMessage());
      return null;
    }
  }
}
