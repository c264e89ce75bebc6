package io.c360.recommendation.identity;

import io.c360.common.identifier.Identifier;
import io.c360.common.security.Sha256;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The identity graph's identifier → profile map, kept in memory from identity-service's topics (the
 * compacted profiles, merges and erasures), so that recognising a caller never leaves the process.
 * Reads are one lookup in a concurrent map and never lock; changes are serialized.
 *
 * <p>A profile's latest snapshot says which identifiers it holds (identifiers it no longer lists
 * are dropped if they still point to it); a merge or unmerge moves the identifiers it names; a
 * deleted (tombstoned) or erased profile loses its identifiers, an erased one for good: snapshots
 * of it replayed later are ignored, and identifiers given only as SHA-256 hashes of their keys are
 * dropped wherever they point.
 */
public final class IdentityGraph implements ProfileResolver {

  private final Map<String, String> profileByKey = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> keysByProfile = new HashMap<>();
  private final Set<String> erased = new HashSet<>();

  @Override
  public Optional<String> profileOf(Identifier identifier) {
    return Optional.ofNullable(profileByKey.get(identifier.key()));
  }

  /** Nothing to forget: the map changes with the topics, not by expiry. */
  @Override
  public void invalidate(Collection<String> identifierKeys) {}

  /**
   * A profile's snapshot: it holds exactly these identifier keys ({@code type#value}) now. Ignored
   * for an erased profile.
   */
  public synchronized void profileChanged(String profileId, Collection<String> identifierKeys) {
    if (erased.contains(profileId)) {
      return;
    }
    Set<String> now = new HashSet<>(identifierKeys);
    List<String> before = List.copyOf(keysByProfile.getOrDefault(profileId, Set.of()));
    for (String key : before) {
      if (!now.contains(key)) {
        unlink(key, profileId);
      }
    }
    for (String key : now) {
      link(key, profileId);
    }
  }

  /** The profile was deleted (a tombstone on the profiles topic): its identifiers go with it. */
  public synchronized void profileDeleted(String profileId) {
    Set<String> keys = keysByProfile.remove(profileId);
    if (keys != null) {
      for (String key : keys) {
        profileByKey.remove(key, profileId);
      }
    }
  }

  /**
   * Identifiers moved to {@code profileId}: by a merge into the survivor, or back out to a profile
   * an unmerge split off. Ignored for an erased profile.
   */
  public synchronized void moved(Collection<String> identifierKeys, String profileId) {
    if (erased.contains(profileId)) {
      return;
    }
    for (String key : identifierKeys) {
      link(key, profileId);
    }
  }

  /**
   * Right to erasure: the profile loses its identifiers and is never linked again; identifiers
   * given as SHA-256 hashes (hex) of their keys are dropped too, wherever they point.
   */
  public synchronized void erased(String profileId, Collection<String> identifierKeyHashes) {
    erased.add(profileId);
    profileDeleted(profileId);
    if (identifierKeyHashes.isEmpty()) {
      return;
    }
    Set<String> hashes = new HashSet<>(identifierKeyHashes);
    for (String key : List.copyOf(profileByKey.keySet())) {
      if (hashes.contains(Sha256.hex(key))) {
        String owner = profileByKey.remove(key);
        if (owner != null) {
          forgetKey(owner, key);
        }
      }
    }
  }

  /** Identifiers known (for metrics and tests). */
  public int size() {
    return profileByKey.size();
  }

  private void link(String key, String profileId) {
    String previous = profileByKey.put(key, profileId);
    if (previous != null && !previous.equals(profileId)) {
      forgetKey(previous, key);
    }
    keysByProfile.computeIfAbsent(profileId, p -> new HashSet<>()).add(key);
  }

  private void unlink(String key, String profileId) {
    profileByKey.remove(key, profileId);
    forgetKey(profileId, key);
  }

  private void forgetKey(String profileId, String key) {
    Set<String> keys = keysByProfile.get(profileId);
    if (keys != null) {
      keys.remove(key);
      if (keys.isEmpty()) {
        keysByProfile.remove(profileId);
      }
    }
  }
}
