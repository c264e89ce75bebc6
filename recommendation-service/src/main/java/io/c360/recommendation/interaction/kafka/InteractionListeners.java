package io.c360.recommendation.interaction.kafka;

import io.c360.common.profile.IdentityChange;
import io.c360.common.profile.ProfileErased;
import io.c360.common.profile.ResolvedEvent;
import io.c360.platform.kafka.ContractBatch;
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

/**
 * Feeds each instance's in-memory activity and learners from Kafka. Resolved events become
 * interactions: each instance re-reads {@code c360.resolved-events.v1} from its beginning at
 * startup, under consumer groups of its own, and follows it (the older history comes from the
 * interaction projection, see {@code HistoryBootstrap}); the backends that learn from the whole
 * history get every interaction (live-only backends get theirs from {@link
 * LiveInteractionsListener}, once across instances). Merges move a merged profile's activity to the
 * survivor (and this instance resolves the identifiers that moved to it at once); erasures, which
 * every instance reads, make every backend forget the profile. A record that cannot be read goes to
 * the listener's dead-letter topic (named by the listener id, not the per-instance group).
 */
class InteractionListeners implements ConsumerSeekAware {

  private static final Logger log = LoggerFactory.getLogger(InteractionListeners.class);

  private final CustomerActivity activity;
  private final ProfileResolver profiles;
  private final List<InteractionLearner> learners;
  private final List<InteractionLearner> liveOnly;

  InteractionListeners(
      CustomerActivity activity,
      ProfileResolver profiles,
      List<InteractionLearner> learners,
      List<InteractionLearner> liveOnly) {
    this.activity = activity;
    this.profiles = profiles;
    this.learners = List.copyOf(learners);
    this.liveOnly = List.copyOf(liveOnly);
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
  void onResolvedEvents(List<ConsumerRecord<String, ResolvedEvent>> records) {
    ContractBatch<ResolvedEvent> batch = ContractBatch.of(records);
    List<Interaction> interactions = new ArrayList<>();
    for (ResolvedEvent resolved : batch.values()) {
      interactions.addAll(activity.record(Interactions.of(resolved.profileId(), resolved.event())));
    }
    if (!interactions.isEmpty()) {
      learners.forEach(r -> r.record(interactions));
    }
    batch.reportFailed();
  }

  @KafkaListener(
      id = "recommendation-merges",
      topics = "#{T(io.c360.common.topic.Topics).IDENTITY_MERGES.name()}",
      groupId = "recommendation-service-merges-${c360.recommendation.instance-id}")
  void onMerge(IdentityChange change) {
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
  void onErasure(ProfileErased erased) {
    activity.forget(erased.profileId());
    profiles.forget(erased.profileId());
    learners.forEach(r -> r.forget(erased.profileId()));
    liveOnly.forEach(r -> r.forget(erased.profileId()));
    log.info("forgot the interactions of erased profile {}", erased.profileId());
  }
}
