package io.c360.recommendation.interaction.kafka;

import io.c360.common.profile.IdentityChange;
import io.c360.common.profile.ProfileErased;
import io.c360.common.profile.ResolvedEvent;
import io.c360.recommendation.identity.ProfileResolver;
import io.c360.recommendation.interaction.CustomerActivity;
import io.c360.recommendation.interaction.Interaction;
import io.c360.recommendation.interaction.InteractionLearner;
import io.c360.recommendation.interaction.Interactions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Feeds each instance's in-memory activity and learners from Kafka. Resolved events become
 * interactions: each instance re-reads {@code c360.resolved-events.v1} from its beginning at
 * startup, under consumer groups of its own, and follows it (the older history comes from the
 * interaction projection, see {@code HistoryBootstrap}); the backends that learn from the whole
 * history get every interaction (live-only backends get theirs from {@link
 * LiveInteractionsListener}, once across instances). Merges move a merged profile's activity to the
 * survivor (and this instance resolves the identifiers that moved to it at once); erasures, which
 * every instance reads, make every backend forget the profile.
 */
class InteractionListeners implements ConsumerSeekAware {

  private static final Logger log = LoggerFactory.getLogger(InteractionListeners.class);

  private final CustomerActivity activity;
  private final ProfileResolver profiles;
  private final List<InteractionLearner> learners;
  private final List<InteractionLearner> liveOnly;
  private final JsonMapper json;

  InteractionListeners(
      CustomerActivity activity,
      ProfileResolver profiles,
      List<InteractionLearner> learners,
      List<InteractionLearner> liveOnly,
      JsonMapper json) {
    this.activity = activity;
    this.profiles = profiles;
    this.learners = List.copyOf(learners);
    this.liveOnly = List.copyOf(liveOnly);
    this.json = json;
  }

  /**
   * How far back each start re-reads the topics into memory. The topics keep everything (resolved
   * events and merges have no time limit), but the history bootstrap already reads the whole
   * interaction projection; the replay only covers what was written to it during the bootstrap.
   */
  static final Duration REPLAY_WINDOW = Duration.ofDays(7);

  @Override
  public void onPartitionsAssigned(
      Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
    // activity is rebuilt in memory at every start: re-read the last week of interactions and
    // merges (the bootstrap brings the rest from the projection)
    callback.seekToTimestamp(
        assignments.keySet(), Instant.now().minus(REPLAY_WINDOW).toEpochMilli());
  }

  @KafkaListener(
      id = "recommendation-interactions",
      topics = "#{T(io.c360.common.topic.Topics).RESOLVED_EVENTS.name()}",
      groupId = "recommendation-service-interactions-${c360.recommendation.instance-id}",
      batch = "true")
  void onResolvedEvents(List<ConsumerRecord<String, byte[]>> records) {
    List<Interaction> interactions = new ArrayList<>();
    for (ConsumerRecord<String, byte[]> record : records) {
      if (record.value() == null) {
        continue;
      }
      try {
        ResolvedEvent resolved = json.readValue(record.value(), ResolvedEvent.class);
        List<Interaction> found = Interactions.of(resolved.profileId(), resolved.event());
        interactions.addAll(activity.record(found));
      } catch (JacksonException | IllegalArgumentException e) {
        log.warn(
            "skipping an unreadable resolved event at offset {}: {}",
            record.offset(),
            e.getMessage());
      }
    }
    if (!interactions.isEmpty()) {
      learners.forEach(r -> r.record(interactions));
    }
  }

  @KafkaListener(
      id = "recommendation-merges",
      topics = "#{T(io.c360.common.topic.Topics).IDENTITY_MERGES.name()}",
      groupId = "recommendation-service-merges-${c360.recommendation.instance-id}")
  void onMerge(ConsumerRecord<String, byte[]> record) {
    if (record.value() == null) {
      return;
    }
    IdentityChange change = json.readValue(record.value(), IdentityChange.class);
    if (IdentityChange.MERGED.equals(change.type())) {
      activity.merge(change.profileId(), change.mergedProfileId());
      profiles.moved(change.identifierKeys(), change.profileId());
    } else {
      profiles.moved(change.identifierKeys(), change.mergedProfileId());
    }
  }

  @KafkaListener(
      id = "recommendation-erasures",
      topics = "#{T(io.c360.common.topic.Topics).ERASURES.name()}",
      groupId = "recommendation-service-${c360.recommendation.instance-id}")
  void onErasure(ConsumerRecord<String, byte[]> record) {
    if (record.value() == null) {
      return;
    }
    ProfileErased erased = json.readValue(record.value(), ProfileErased.class);
    activity.forget(erased.profileId());
    profiles.forget(erased.profileId());
    learners.forEach(r -> r.forget(erased.profileId()));
    liveOnly.forEach(r -> r.forget(erased.profileId()));
    log.info("forgot the interactions of erased profile {}", erased.profileId());
  }
}
