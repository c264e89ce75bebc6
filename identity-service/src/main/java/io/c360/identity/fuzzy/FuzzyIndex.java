package io.c360.identity.fuzzy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The blocking index: which profiles carry which blocking keys, and what they look like. */
public interface FuzzyIndex {

  /** Files {@code person} under each of its blocking keys for {@code profileId}. */
  void remember(String profileId, OfflinePerson person);

  /**
   * The profiles filed under any of {@code blockingKeys}, each with every spelling of the person it
   * was filed with (a profile linked from two records may hold two), at most {@code limit}
   * profiles.
   */
  List<FuzzyCandidate> candidates(Set<String> blockingKeys, int limit);

  /**
   * The profiles filed under each key, at most {@code limitPerKey} per key: the bulk lookup of a
   * batch, one query per distinct key.
   */
  default Map<String, List<FuzzyCandidate>> byKey(Set<String> keys, int limitPerKey) {
    Map<String, List<FuzzyCandidate>> found = new HashMap<>();
    for (String key : keys) {
      List<FuzzyCandidate> candidates = candidates(Set.of(key), limitPerKey);
      if (!candidates.isEmpty()) {
        found.put(key, candidates);
      }
    }
    return found;
  }

  /** Removes what {@link #remember} filed for {@code profileId} and {@code person}. */
  void forget(String profileId, OfflinePerson person);

  /**
   * Removes everything ever filed for {@code profileId}, under whichever person (a profile is filed
   * once per record that linked to it, and its records may differ).
   */
  void forgetProfile(String profileId);
}
