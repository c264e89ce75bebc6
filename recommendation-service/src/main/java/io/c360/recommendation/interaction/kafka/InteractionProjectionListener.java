package io.c360.recommendation.interaction.kafka;

import io.c360.common.profile.IdentityChange;
import io.c360.common.profile.ProfileErased;
import io.c360.common.profile.ResolvedEvent;
import io.c360.platform.kafka.ContractBatch;
import io.c360.recommendation.interaction.Interaction;
import io.c360.recommendation.interaction.InteractionStore;
import io.c360.recommendation.interaction.Interactions;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Keeps the {@link InteractionStore} projection from {@code c360.resolved-events.v1} (the views,
 * wishlist saves, cart adds and purchases), {@code c360.identity-merges.v1} and {@code
 * c360.erasures.v1}, once across all instances: one consumer group per topic shared by every
 * instance, offsets committed after the writes (a failed write is retried, never skipped; a record
 * that cannot be read goes to the listener's dead-letter topic), so a restart resumes where it
 * stopped and a redelivered event is written over itself. Rebuilding the projection is replaying
 * the topics into an empty table (reset these groups to the earliest offsets); the resolved events'
 * retention bounds what a rebuild recovers. Live interactions for Amazon Personalize's event
 * tracker go through {@link LiveInteractionsListener}, a group of its own, so neither waits for the
 * other.
 */
class InteractionProjectionListener {

  private static final Logger log = LoggerFactory.getLogger(InteractionProjectionListener.class);

  private final InteractionStore store;

  InteractionProjectionListener(InteractionStore store) {
    this.store = store;
  }

  @KafkaListener(
      id = "recommendation-interaction-projection",
      topics = "#{T(io.c360.common.topic.Topics).RESOLVED_EVENTS.name()}",
      groupId = "recommendation-service-interactions",
      batch = "true")
  void onResolvedEvents(List<ConsumerRecord<String, ResolvedEvent>> records) {
    ContractBatch<ResolvedEvent> batch = ContractBatch.of(records);
    List<Interaction> all = new ArrayList<>();
    for (ResolvedEvent resolved : batch.values()) {
      all.addAll(Interactions.of(resolved.profileId(), resolved.event()));
    }
    store.record(all);
    batch.reportFailed();
  }

  @KafkaListener(
      id = "recommendation-interaction-merges",
      topics = "#{T(io.c360.common.topic.Topics).IDENTITY_MERGES.name()}",
      groupId = "recommendation-service-interaction-merges")
  void onMerge(IdentityChange change) {
    if (IdentityChange.UNMERGED.equals(change.type())) {
      store.unmerged(change.profileId(), change.mergedProfileId());
    } else {
      store.merged(change.profileId(), change.mergedProfileId());
    }
  }

  @KafkaListener(
      id = "recommendation-interaction-erasures",
      topics = "#{T(io.c360.common.topic.Topics).ERASURES.name()}",
      groupId = "recommendation-service-interaction-erasures")
  void onErasure(ProfileErased erased) {
    store.erased(erased.profileId());
    log.info("deleted the stored interactions of erased profile {}", erased.profileId());
  }
}
