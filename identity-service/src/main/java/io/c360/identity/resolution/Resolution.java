package io.c360.identity.resolution;

import io.c360.common.profile.IdentityChange;
import java.util.List;

/** What resolution made of one event. */
public sealed interface Resolution {

  /** The event belongs to {@code profileId}; {@code changes} are merges it caused. */
  record Resolved(ProfileId profileId, List<IdentityChange> changes) implements Resolution {
    public Resolved {
      changes = List.copyOf(changes);
    }
  }

  /**
   * The event is dropped: it names no usable identifier, or one of an erased profile ({@code
   * reason} says which).
   */
  record Dropped(String reason) implements Resolution {}
}
