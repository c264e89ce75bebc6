package io.c360.activation.profile;

import io.c360.common.profile.ProfileSnapshot;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One thing activation learnt about a profile from identity-service or scoring-service, to be
 * applied to its profile view. Every change is safe to apply twice and in any order: snapshots are
 * ordered by their version, scores and merges by their time.
 */
public sealed interface ProfileChange {

  /** The profile the change is about. */
  ProfileId profileId();

  /** A new snapshot of the profile ({@code c360.profiles.v1}). */
  record SnapshotReceived(ProfileId profileId, ProfileSnapshot snapshot) implements ProfileChange {}

  /**
   * A new score of the profile under a model, or its removal when {@code score} is null ({@code
   * c360.scores.v1}), as of {@code at}.
   */
  record ScoreReceived(ProfileId profileId, String model, @Nullable Double score, Instant at)
      implements ProfileChange {}

  /** The profile was merged into {@code survivor} ({@code c360.identity-merges.v1}). */
  record Merged(ProfileId profileId, ProfileId survivor, Instant at) implements ProfileChange {}

  /** The profile was split back out of the profile it had been merged into. */
  record Unmerged(ProfileId profileId, Instant at) implements ProfileChange {}

  /** The profile was erased (a tombstone on {@code c360.profiles.v1}, or an erasure record). */
  record Erased(ProfileId profileId, Instant at) implements ProfileChange {}
}
