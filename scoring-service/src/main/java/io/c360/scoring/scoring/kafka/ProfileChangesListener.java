package io.c360.scoring.scoring.kafka;

import io.c360.common.profile.ProfileErased;
import io.c360.common.profile.ProfileSnapshot;
import io.c360.platform.kafka.ContractBatch;
import io.c360.scoring.scoring.ErasureHandling;
import io.c360.scoring.scoring.RealtimeRescoring;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reacts to {@code c360.profiles.v1} (a changed profile is re-scored, debounced, from scoring's own
 * history; a tombstone drops its pending re-scoring; nothing of the snapshot is kept) and to {@code
 * c360.erasures.v1} (scores deleted and announced as removed, score files cleaned; the history
 * projection erases the history on its own). The erasure is done before its offset is committed; a
 * failure is retried, and a record that cannot be read goes to the listener's dead-letter topic.
 */
@Component
class ProfileChangesListener {

  private final RealtimeRescoring rescoring;
  private final ErasureHandling erasures;

  ProfileChangesListener(RealtimeRescoring rescoring, ErasureHandling erasures) {
    this.rescoring = rescoring;
    this.erasures = erasures;
  }

  @KafkaListener(
      id = "scoring-profile-changes",
      topics = "#{T(io.c360.common.topic.Topics).PROFILES.name()}",
      batch = "true")
  void onProfiles(List<ConsumerRecord<String, ProfileSnapshot>> records) {
    ContractBatch<ProfileSnapshot> batch = ContractBatch.of(records);
    Set<String> changed = new LinkedHashSet<>();
    for (ConsumerRecord<String, ProfileSnapshot> record : batch.records()) {
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
    batch.reportFailed();
  }

  @KafkaListener(
      id = "scoring-erasures",
      topics = "#{T(io.c360.common.topic.Topics).ERASURES.name()}")
  void onErasure(ProfileErased erased) {
    erasures.erased(erased.profileId());
  }
}
