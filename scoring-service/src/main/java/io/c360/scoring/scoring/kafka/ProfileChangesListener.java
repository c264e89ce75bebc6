package io.c360.scoring.scoring.kafka;

import io.c360.common.profile.ProfileErased;
import io.c360.scoring.scoring.ErasureHandling;
import io.c360.scoring.scoring.RealtimeRescoring;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reacts to {@code c360.profiles.v1} (a changed profile is re-scored, debounced, from scoring's own
 * history; a tombstone drops its pending re-scoring; nothing of the snapshot is kept) and to {@code
 * c360.erasures.v1} (scores deleted and announced as removed, score files cleaned; the history
 * projection erases the history on its own). The erasure is done before its offset is committed; a
 * failure is retried.
 */
class ProfileChangesListener {

  private final RealtimeRescoring rescoring;
  private final ErasureHandling erasures;
  private final JsonMapper json;

  ProfileChangesListener(RealtimeRescoring rescoring, ErasureHandling erasures, JsonMapper json) {
    this.rescoring = rescoring;
    this.erasures = erasures;
    this.json = json;
  }

  @KafkaListener(
      id = "scoring-profile-changes",
      topics = "#{T(io.c360.common.topic.Topics).PROFILES.name()}",
      batch = "true")
  void onProfiles(List<ConsumerRecord<String, byte[]>> records) {
    Set<String> changed = new LinkedHashSet<>();
    for (ConsumerRecord<String, byte[]> record : records) {
      if (record.key() == null) {
        continue;
      }
      if (record.value() == null) {
        changed.remove(record.key());
        rescoring.forget(record.key());
      } else {
        changed.add(record.key());
      }
    }
    rescoring.changed(changed);
  }

  @KafkaListener(
      id = "scoring-erasures",
      topics = "#{T(io.c360.common.topic.Topics).ERASURES.name()}")
  void onErasure(ConsumerRecord<String, byte[]> record) {
    if (record.value() == null) {
      return;
    }
    ProfileErased erased = json.readValue(record.value(), ProfileErased.class);
    erasures.erased(erased.profileId());
  }
}
