package io.c360.activation.profile.kafka;

import io.c360.activation.profile.ProfileChange;
import io.c360.activation.profile.ProfileId;
import io.c360.activation.profile.ProfileViews;
import io.c360.common.profile.IdentityChange;
import io.c360.common.profile.ProfileSnapshot;
import io.c360.common.score.ScoresUpdated;
import io.c360.common.topic.Topics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.annotation.KafkaListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the profile view from {@code c360.profiles.v1} (snapshots; a tombstone is an erasure),
 * {@code c360.scores.v1} (a score, or its removal) and {@code c360.identity-merges.v1} (merges and
 * unmerges). One consumer group over the three topics, a batch at a time: the view is written, then
 * audiences re-evaluate the changed profiles, and only then is the offset committed.
 */
class ProfileViewListener {

  private final ProfileViews views;
  private final JsonMapper json;

  ProfileViewListener(ProfileViews views, JsonMapper json) {
    this.views = views;
    this.json = json;
  }

  @KafkaListener(
      id = "activation-profile-view",
      topics = {
        "#{T(io.c360.common.topic.Topics).PROFILES.name()}",
        "#{T(io.c360.common.topic.Topics).SCORES.name()}",
        "#{T(io.c360.common.topic.Topics).IDENTITY_MERGES.name()}"
      },
      batch = "true")
  void onChanges(List<ConsumerRecord<String, byte[]>> records) {
    List<ProfileChange> changes = new ArrayList<>(records.size());
    for (ConsumerRecord<String, byte[]> record : records) {
      ProfileChange change = change(record);
      if (change != null) {
        changes.add(change);
      }
    }
    views.apply(changes);
  }

  private @Nullable ProfileChange change(ConsumerRecord<String, byte[]> record) {
    Instant at = Instant.ofEpochMilli(record.timestamp());
    String topic = record.topic();
    if (topic.equals(Topics.PROFILES.name())) {
      if (record.value() == null) {
        return blank(record.key())
            ? null
            : new ProfileChange.Erased(new ProfileId(record.key()), at);
      }
      ProfileSnapshot snapshot = json.readValue(record.value(), ProfileSnapshot.class);
      return new ProfileChange.SnapshotReceived(new ProfileId(snapshot.profileId()), snapshot);
    }
    if (record.value() == null) {
      return null;
    }
    if (topic.equals(Topics.SCORES.name())) {
      ScoresUpdated update = json.readValue(record.value(), ScoresUpdated.class);
      return update.score() == null
          ? new ProfileChange.ScoreReceived(
              new ProfileId(update.profileId()), update.model(), null, at)
          : new ProfileChange.ScoreReceived(
              new ProfileId(update.profileId()),
              update.model(),
              update.score().score(),
              update.score().scoredAt());
    }
    IdentityChange change = json.readValue(record.value(), IdentityChange.class);
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
