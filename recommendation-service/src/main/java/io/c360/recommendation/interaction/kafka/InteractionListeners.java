package io.c360.recommendation.interaction.kafka;

import io.c360.common.profile.IdentityChange;
import io.c360.common.profile.ProfileErased;
import io.c360.common.profile.ResolvedEvent;
import io.c360.recommendation.identity.ProfileResolver;
import io.c360.recommendation.interaction.CustomerActivity;
import io.c360.recommendation.interaction.Interaction;
import io.c360.recommendation.interaction.Interactions;
import io.c360.recommendation.recommender.Recommender;
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
 * Feeds recommendations from Kafka. Resolved events become interactions: each instance re-reads
 * {@code c360.resolved-events.v1} from its beginning at startup (its retention bounds the history
 * the embedded recommender learns from after a restart) and follows it; backends that learn from
 * the whole history get every interaction, live-only backends (Amazon Personalize's event tracker)
 * only those published after this instance started. Merges move a merged profile's activity to the
 * survivor (and the identifiers that moved are looked up again); erasures make every backend forget
 * the profile.
 */
class InteractionListeners implements ConsumerSeekAware {

  private static final Logger log = LoggerFactory.getLogger(InteractionListeners.class);

  private final CustomerActivity activity;
  private final ProfileResolver profiles;
  private final List<Recommender> learners;
  private final List<Recommender> liveOnly;
  private final JsonMapper json;
  private final Instant startedAt;

  InteractionListeners(
      CustomerActivity activity,
      ProfileResolver profiles,
      List<Recommender> learners,
      List<Recommender> liveOnly,
      JsonMapper json,
      Instant startedAt) {
    this.activity = activity;
    this.profiles = profiles;
    this.learners = List.copyOf(learners);
    this.liveOnly = List.copyOf(liveOnly);
    this.json = json;
    this.startedAt = startedAt;
  }

  @Override
  public void onPartitionsAssigned(
      Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
    // activity is rebuilt in memory at every start: re-read interactions and merges
    callback.seekToBeginning(assignments.keySet());
  }

  @KafkaListener(
      id = "recommendation-interactions",
      topics = "#{T(io.c360.common.topic.Topics).RESOLVED_EVENTS.name()}",
      groupId = "recommendation-service-interactions",
      batch = "true")
  void onResolvedEvents(List<ConsumerRecord<String, byte[]>> records) {
    List<Interaction> interactions = new ArrayList<>();
    List<Interaction> live = new ArrayList<>();
    for (ConsumerRecord<String, byte[]> record : records) {
      if (record.value() == null) {
        continue;
      }
      try {
        ResolvedEvent resolved = json.readValue(record.value(), ResolvedEvent.class);
        List<Interaction> found = Interactions.of(resolved.profileId(), resolved.event());
        List<Interaction> fresh = activity.record(found);
        interactions.addAll(fresh);
        if (record.timestamp() >= startedAt.toEpochMilli()) {
          live.addAll(fresh);
        }
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
    if (!live.isEmpty()) {
      liveOnly.forEach(r -> r.record(live));
    }
  }

  @KafkaListener(
      id = "recommendation-merges",
      topics = "#{T(io.c360.common.topic.Topics).IDENTITY_MERGES.name()}",
      groupId = "recommendation-service-merges")
  void onMerge(ConsumerRecord<String, byte[]> record) {
    if (record.value() == null) {
      return;
    }
    IdentityChange change = json.readValue(record.value(), IdentityChange.class);
    if (IdentityChange.MERGED.equals(change.type())) {
      activity.merge(change.profileId(), change.mergedProfileId());
    }
    profiles.invalidate(change.identifierKeys());
  }

  @KafkaListener(
      id = "recommendation-erasures",
      topics = "#{T(io.c360.common.topic.Topics).ERASURES.name()}",
      groupId = "recommendation-service")
  void onErasure(ConsumerRecord<String, byte[]> record) {
    if (record.value() == null) {
      return;
    }
    ProfileErased erased = json.readValue(record.value(), ProfileErased.class);
    activity.forget(erased.profileId());
    learners.forEach(r -> r.forget(erased.profileId()));
    liveOnly.forEach(r -> r.forget(erased.profileId()));
    log.info("forgot the interactions of erased profile {}", erased.profileId());
  }
}
