package io.c360.activation.profile.kafka;

import io.c360.activation.profile.ProfileChange;
import io.c360.activation.profile.ProfileId;
import io.c360.activation.profile.ProfileViews;
import io.c360.common.profile.IdentityChange;
import io.c360.common.profile.ProfileSnapshot;
import io.c360.common.score.ScoresUpdated;
import io.c360.common.topic.Topics;
import io.c360.platform.kafka.ContractBatch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Builds the profile view from {@code c360.profiles.v1} (snapshots; a tombstone is an erasure),
 * {@code c360.scores.v1} (a score, or its removal) and {@code c360.identity-merges.v1} (merges and
 * unmerges). One consumer group over the three topics, a batch at a time: the view is written, then
 * audiences re-evaluate the changed profiles, and only then is the offset committed. Each value is
 * its topic's contract; a record that cannot be read goes to its topic's dead-letter topic of this
 * listener ({@code <topic>.activation-profile-view.dlt}) once the changes before it are applied.
 */
@Component
class ProfileViewListener {

  private final ProfileViews views;

  ProfileViewListener(ProfileViews views) {
    this.views = views;
  }

  @KafkaListener(
      id = "activation-profile-view",
      topics = {
        "#{T(io.c360.common.topic.Topics).PROFILES.name()}",
        "#{T(io.c360.common.topic.Topics).SCORES.name()}",
        "#{T(io.c360.common.topic.Topics).IDENTITY_MERGES.name()}"
      },
      batch = "true")
  void onChanges(List<ConsumerRecord<String, Object>> records) {
    ContractBatch<Object> batch = ContractBatch.of(records);
    List<ProfileChange> changes = new ArrayList<>(records.size());
    for (ConsumerRecord<String, Object> record : batch.records()) {
      ProfileChange change = change(record);
      if (change != null) {
        changes.add(change);
      }
    }
    views.apply(changes);
    batch.reportFailed();
  }

  private static @Nullable ProfileChange change(ConsumerRecord<String, Object> record) {
    Instant at = Instant.ofEpochMilli(record.timestamp());
    return switch (record.value()) {
      case null ->
          record.topic().equals(Topics.PROFILES.name()) && !blank(record.key())
              ? new ProfileChange.Erased(new ProfileId(record.key()), at)
              : null;
      case ProfileSnapshot snapshot ->
          new ProfileChange.SnapshotReceived(new ProfileId(snapshot.profileId()), snapshot);
      case ScoresUpdated update -> score(update, at);
      case IdentityChange change -> identityChange(change);
      default -> null;
    };
  }

  private static ProfileChange score(ScoresUpdated update, Instant at) {
    return update.score() == null
        ? new ProfileChange.ScoreReceived(
            new ProfileId(update.profileId()), update.model(), null, at)
        : new ProfileChange.ScoreReceived(
            new ProfileId(update.profileId()),
            update.model(),
            update.score().score(),
            update.score().scoredAt());
  }

  private static @Nullable ProfileChange identityChange(IdentityChange change) {
    ProfileId merged = new ProfileId(change.mergedProfileId());
    return switch (change.type()) {
      case IdentityChange.MERGED ->
          new ProfileChange.Merged(merged, new ProfileId(change.profileId()), change.at());
      case IdentityChange.UNMERGED -> new ProfileChange.Unmerged(merged, change.at());
      default -> null;
    };
  }

  private static boolean blank(@Nullable String key) {
    return key == null || key.isBlank();
  }
}
