package io.c360.activation.audience.kafka;

import io.c360.activation.audience.AudienceService;
import io.c360.activation.profile.ProfileId;
import io.c360.common.profile.IdentityChange;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps audience membership current: a changed profile ({@code c360.profiles.v1}), a new score
 * ({@code c360.scores.v1}) or a merge ({@code c360.identity-merges.v1}, both profiles) is
 * re-evaluated. Offsets are committed after the work.
 */
class ProfileChangeListeners {

  private final AudienceService audiences;
  private final JsonMapper json;

  ProfileChangeListeners(AudienceService audiences, JsonMapper json) {
    this.audiences = audiences;
    this.json = json;
  }

  @KafkaListener(
      id = "activation-profile-changes",
      topics = {
        "#{T(io.c360.common.topic.Topics).PROFILES.name()}",
        "#{T(io.c360.common.topic.Topics).SCORES.name()}"
      },
      batch = "true")
  void onProfilesOrScores(List<ConsumerRecord<String, byte[]>> records) {
    Set<ProfileId> changed = new LinkedHashSet<>();
    for (ConsumerRecord<String, byte[]> record : records) {
      if (record.key() != null && !record.key().isBlank()) {
        changed.add(new ProfileId(record.key()));
      }
    }
    audiences.profilesChanged(changed);
  }

  @KafkaListener(
      id = "activation-merges",
      topics = "#{T(io.c360.common.topic.Topics).IDENTITY_MERGES.name()}",
      batch = "true")
  void onMerges(List<ConsumerRecord<String, byte[]>> records) {
    Set<ProfileId> changed = new LinkedHashSet<>();
    for (ConsumerRecord<String, byte[]> record : records) {
      if (record.value() == null) {
        continue;
      }
      IdentityChange change = json.readValue(record.value(), IdentityChange.class);
      changed.add(new ProfileId(change.profileId()));
      changed.add(new ProfileId(change.mergedProfileId()));
    }
    audiences.profilesChanged(changed);
  }
}
