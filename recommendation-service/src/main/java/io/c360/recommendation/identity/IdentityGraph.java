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
 * are dropped if they still point to it) and which profiles were merged into it; a merge or unmerge
 * moves the identifiers it names. An identifier that still points to a merged profile (its last
 * snapshot, from before the merge, replayed from the compacted topic after the survivor's) resolves
 * to the survivor. A deleted (tombstoned) or erased profile loses its identifiers, an erased one
 * for good: snapshots of it replayed later are ignored, and identifiers given only as SHA-256
 * hashes of their keys are dropped wherever they point.
 */
public final class IdentityGraph implements ProfileResolver {

  private final Map<String, String> profileByKey = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> keysByProfile = new HashMap<>();
  private final Set<String> erased = new HashSet<>();
  private final Map<String, String> survivorOf = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> mergedInto = new HashMap<>();

  @Override
  public Optional<String> profileOf(Identifier identifier) {
    String profile = profileByKey.get(identifier.key());
    return profile == null ? Optional.empty() : Optional.of(survivor(profile));
  }

  /** The profile that holds a profile now, following merges. */
  private String survivor(String profileId) {
    String current = profileId;
    for (int hop = 0; hop < 16; hop++) {
      String next = survivorOf.get(current);
      if (next == null) {
        return current;
      }
      current = next;
    }
    return current;
  }

  /** Nothing to forget: the map changes with the topics, not by expiry. */
  @Override
  public void invalidate(Collection<String> identifierKeys) {}

  /**
   * A profile's snapshot: it holds exactly these identifier keys ({@code type#value}) now, and
   * these profiles were merged into it. Ignored for an erased profile.
   */
  public synchronized void profileChanged(
      String profileId, Collection<String> identifierKeys, Collection<String> mergedProfileIds) {
    if (erased.contains(profileId)) {
      return;
    }
    Set<String> merged = new HashSet<>(mergedProfileIds);
    merged.remove(profileId);
    for (String gone : mergedInto.getOrDefault(profileId, Set.of())) {
      if (!merged.contains(gone)) {
        survivorOf.remove(gone, profileId);
      }
    }
    if (merged.isEmpty()) {
      mergedInto.remove(profileId);
    } else {
      mergedInto.put(profileId, merged);
      merged.forEach(m -> survivorOf.put(m, profileId));
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
    survivorOf.remove(profileId);
    Set<String> merged = mergedInto.remove(profileId);
    if (merged != null) {
      merged.forEach(m -> survivorOf.remove(m, profileId));
    }
    Set<String> keys = keysByProfile.remove(profileId);
    if (keys != null) {
      for (String key : keys) {
        profileByKey.remove(key, profileId);
      }
    }
  }

  /** {@code merged} now lives on as {@code survivor}, which took these identifiers. */
  public synchronized void merged(
      String survivor, String merged, Collection<String> identifierKeys) {
    if (erased.contains(survivor) || survivor.equals(merged)) {
      return;
    }
    survivorOf.put(merged, survivor);
    mergedInto.computeIfAbsent(survivor, p -> new HashSet<>()).add(merged);
    for (String key : identifierKeys) {
      link(key, survivor);
    }
  }

  /** {@code splitOff} was split back out of {@code profileId} with these identifiers. */
  public synchronized void unmerged(
      String profileId, String splitOff, Collection<String> identifierKeys) {
    survivorOf.remove(splitOff, profileId);
    Set<String> merged = mergedInto.get(profileId);
    if (merged != null) {
      merged.remove(splitOff);
    }
    if (erased.contains(splitOff)) {
      return;
    }
    for (String key : identifierKeys) {
      link(key, splitOff);
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
