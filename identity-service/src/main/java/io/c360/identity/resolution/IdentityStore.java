package io.c360.identity.resolution;

import io.c360.common.profile.LinkedIdentifier;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The identity graph and the profiles, written so that concurrent resolvers can never fork a
 * customer or lose a link: every write is conditional on the versions it read and on identifiers
 * not being claimed yet, and fails with {@link ConcurrentChangeException} when it lost a race.
 */
public interface IdentityStore {

  /** The links and erasure tombstones of the given identifier keys ({@code type#value}). */
  Map<String, IdentityLink> findLinks(Collection<String> keys);

  /** The profiles with the given ids that exist (in any status). */
  Map<ProfileId, StoredProfile> loadProfiles(Collection<ProfileId> ids);

  default Optional<StoredProfile> loadProfile(ProfileId id) {
    return Optional.ofNullable(loadProfiles(List.of(id)).get(id));
  }

  /** Stores a new profile and claims its identifiers, all or nothing. */
  void create(StoredProfile profile);

  /**
   * Replaces a profile whose stored version is {@code profile.version() - 1}, and claims {@code
   * newLinks} (which must not be claimed yet), all or nothing.
   */
  void update(StoredProfile profile, List<LinkedIdentifier> newLinks);

  /**
   * Stores many profiles with their identifier claims, each all or nothing (a new profile only if
   * its id is free, an existing one only if it still has the version before this one, each claim
   * only if the identifier is unclaimed), grouped into as few transactions as the store allows; not
   * atomic across profiles: returns the ids of the profiles whose write lost a race and was not
   * made (the others were written).
   */
  java.util.Set<ProfileId> writeAll(List<ProfileWrite> writes);

  /**
   * Merges: stores the survivor and the merged profiles (each one version on), moves the merged
   * profiles' identifiers to the survivor (only if they still point at the merged profile) and
   * claims {@code newLinks} for the survivor, all or nothing.
   */
  void merge(StoredProfile survivor, List<StoredProfile> merged, List<LinkedIdentifier> newLinks);

  /**
   * Unmerges: stores both profiles (each one version on) and points {@code movedKeys} back from
   * {@code from} to {@code to}, all or nothing.
   */
  void split(StoredProfile from, StoredProfile to, List<String> movedKeys);

  /**
   * Erases: deletes the profile's identity links, leaves a tombstone per identifier for the
   * configured time, and stores the profile as an empty erased shell (one version on).
   */
  void erase(StoredProfile erasedShell, Collection<String> identifierKeys);

  /** Adds an entry to the audit trail; an entry with the same profile and id is replaced. */
  void audit(AuditEntry entry);

  /** The audit trail of a profile, oldest first. */
  List<AuditEntry> auditTrail(ProfileId profileId);
}
