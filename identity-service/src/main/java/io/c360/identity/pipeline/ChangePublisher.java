package io.c360.identity.pipeline;

import io.c360.common.profile.IdentityChange;
import io.c360.common.profile.ProfileErased;
import io.c360.common.profile.ProfileSnapshot;
import io.c360.common.profile.ResolvedEvent;
import java.util.List;

/**
 * Announces what identity-service changed, durably: each method returns once every record is
 * acknowledged, and throws otherwise.
 */
public interface ChangePublisher {

  /** Resolved events, then changed profiles, then merges and unmerges. */
  void publish(
      List<ResolvedEvent> resolved, List<ProfileSnapshot> profiles, List<IdentityChange> changes);

  /** An erasure record, and a tombstone for the profile on the compacted profiles topic. */
  void publishErasure(ProfileErased erasure);
}
