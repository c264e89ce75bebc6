package io.c360.identity.resolution;

import io.c360.common.profile.LinkedIdentifier;
import io.c360.common.profile.ProfileSnapshot;
import io.c360.identity.profile.ProfileActivity;
import io.c360.identity.profile.ProfileTraits;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A profile as identity-service stores it: the public parts of the snapshot plus what is needed to
 * keep it correct (the activity the computed traits come from, the messageIds applied lately for
 * idempotence, the merges it absorbed for unmerge). {@code version} guards every write.
 *
 * <p>{@code traits} and {@code activity} are mutable; a profile taken from the store is updated by
 * applying events to a {@link #copy()}.
 */
public record StoredProfile(
    ProfileId profileId,
    long version,
    ProfileStatus status,
    Instant createdAt,
    Instant updatedAt,
    List<LinkedIdentifier> identifiers,
    ProfileTraits traits,
    ProfileActivity activity,
    List<String> recentMessageIds,
    @Nullable ProfileId mergedInto,
    List<MergeRecord> merges,
    List<ProfileId> pendingRekeys,
    List<ProfileId> keepApart) {

  /** How many applied messageIds a profile remembers to recognise a redelivery. */
  public static final int RECENT_MESSAGE_IDS = 200;

  public StoredProfile {
    identifiers = List.copyOf(identifiers);
    recentMessageIds = List.copyOf(recentMessageIds);
    merges = List.copyOf(merges);
    pendingRekeys = List.copyOf(pendingRekeys);
    keepApart = keepApart == null ? List.of() : List.copyOf(keepApart);
  }

  /** A new, empty, active profile. */
  public static StoredProfile create(ProfileId id, Instant now) {
    return new StoredProfile(
        id,
        0,
        ProfileStatus.ACTIVE,
        now,
        now,
        List.of(),
        ProfileTraits.empty(),
        ProfileActivity.empty(),
        List.of(),
        null,
        List.of(),
        List.of(),
        List.of());
  }

  /** A deep copy whose traits and activity can be changed without touching this one. */
  public StoredProfile copy() {
    Parts p = parts();
    p.traits = traits.copy();
    p.activity = activity.copy();
    return p.build();
  }

  public boolean isActive() {
    return status == ProfileStatus.ACTIVE;
  }

  public Set<String> identifierKeys() {
    Set<String> keys = new LinkedHashSet<>();
    identifiers.forEach(l -> keys.add(l.identifier().key()));
    return keys;
  }

  public StoredProfile withIdentifiers(List<LinkedIdentifier> links) {
    Parts p = parts();
    p.identifiers = links;
    return p.build();
  }

  public StoredProfile withStatus(ProfileStatus newStatus, @Nullable ProfileId into) {
    Parts p = parts();
    p.status = newStatus;
    p.mergedInto = into;
    return p.build();
  }

  public StoredProfile withMerges(List<MergeRecord> newMerges, List<ProfileId> newPendingRekeys) {
    Parts p = parts();
    p.merges = newMerges;
    p.pendingRekeys = newPendingRekeys;
    return p.build();
  }

  public StoredProfile withRecentMessageIds(List<String> ids) {
    Parts p = parts();
    p.recentMessageIds =
        ids.size() <= RECENT_MESSAGE_IDS
            ? ids
            : ids.subList(ids.size() - RECENT_MESSAGE_IDS, ids.size());
    return p.build();
  }

  /** The profile with another profile it must never be merged with again (after an unmerge). */
  public StoredProfile keptApartFrom(ProfileId other) {
    Parts p = parts();
    List<ProfileId> apart = new ArrayList<>(keepApart);
    if (!apart.contains(other)) {
      apart.add(other);
    }
    p.keepApart = apart;
    return p.build();
  }

  /** What is left of an erased profile: its id, status and dates, nothing personal. */
  public StoredProfile erasedShell(Instant now) {
    return create(profileId, createdAt).at(version + 1, now).withStatus(ProfileStatus.ERASED, null);
  }

  /** The same profile one version on, changed at {@code now}. */
  public StoredProfile nextVersion(Instant now) {
    return at(version + 1, now);
  }

  /** The same profile with the given version, changed at {@code now}. */
  public StoredProfile at(long newVersion, Instant now) {
    Parts p = parts();
    p.version = newVersion;
    p.updatedAt = now;
    return p.build();
  }

  private Parts parts() {
    return new Parts(this);
  }

  /** The components of a profile, to change a few and build a new one. */
  private static final class Parts {
    final ProfileId profileId;
    long version;
    ProfileStatus status;
    final Instant createdAt;
    Instant updatedAt;
    List<LinkedIdentifier> identifiers;
    ProfileTraits traits;
    ProfileActivity activity;
    List<String> recentMessageIds;
    @Nullable ProfileId mergedInto;
    List<MergeRecord> merges;
    List<ProfileId> pendingRekeys;
    List<ProfileId> keepApart;

    Parts(StoredProfile p) {
      profileId = p.profileId;
      version = p.version;
      status = p.status;
      createdAt = p.createdAt;
      updatedAt = p.updatedAt;
      identifiers = p.identifiers;
      traits = p.traits;
      activity = p.activity;
      recentMessageIds = p.recentMessageIds;
      mergedInto = p.mergedInto;
      merges = p.merges;
      pendingRekeys = p.pendingRekeys;
      keepApart = p.keepApart;
    }

    StoredProfile build() {
      return new StoredProfile(
          profileId,
          version,
          status,
          createdAt,
          updatedAt,
          identifiers,
          traits,
          activity,
          recentMessageIds,
          mergedInto,
          merges,
          pendingRekeys,
          keepApart);
    }
  }

  /** What other services see, with computed traits as of {@code asOf}. */
  public ProfileSnapshot snapshot(Instant asOf) {
    List<String> merged = new ArrayList<>();
    merges.forEach(m -> merged.add(m.mergedProfileId().value()));
    return new ProfileSnapshot(
        profileId.value(),
        version,
        createdAt,
        updatedAt,
        identifiers,
        traits.traits(),
        traits.consent(),
        activity.computedAsOf(asOf),
        merged,
        null);
  }
}
