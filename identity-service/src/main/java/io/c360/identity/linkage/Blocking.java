package io.c360.identity.linkage;

import io.c360.identity.fuzzy.FuzzyCandidate;
import io.c360.identity.fuzzy.FuzzyIndex;
import io.c360.identity.fuzzy.FuzzyMatcher;
import io.c360.identity.fuzzy.OfflinePerson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Brings together the records that may be one person, with the blocking keys of {@link
 * FuzzyMatcher#blockingKeys} (so a batch and the index agree on where a person is filed): pairs of
 * records of the batch sharing a key, and for each record the existing profiles filed under its
 * keys (one bulk lookup of the batch's distinct keys).
 */
final class Blocking {

  /**
   * The candidate pairs of a batch.
   *
   * @param withinBatch each pair (i &lt; j) of the batch's records sharing a key, once, encoded as
   *     {@code i << 32 | j}
   * @param existing per record of the batch, the existing profiles' records filed under its keys
   * @param people the distinct people among {@code existing}, so that each is normalized once
   * @param personOf per record and entry of {@code existing}, its index in {@code people}
   */
  record Pairs(
      long[] withinBatch,
      List<List<FuzzyCandidate>> existing,
      List<OfflinePerson> people,
      int[][] personOf) {}

  private final LinkageProperties properties;

  Blocking(LinkageProperties properties) {
    this.properties = properties;
  }

  /** The pairs of {@code records} (normalized) among themselves and with {@code index}. */
  Pairs pairs(List<ComparablePerson> records, FuzzyIndex index) {
    List<Set<String>> keys = new ArrayList<>(records.size());
    Map<String, List<Integer>> blocks = new HashMap<>();
    for (int i = 0; i < records.size(); i++) {
      Set<String> recordKeys = FuzzyMatcher.blockingKeys(records.get(i).blockingFields());
      keys.add(recordKeys);
      for (String key : recordKeys) {
        blocks.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
      }
    }
    return existing(withinBatch(blocks), keys, blocks.keySet(), index);
  }

  /** Each pair (i < j) of records sharing a key, once, encoded as {@code i << 32 | j}. */
  private long[] withinBatch(Map<String, List<Integer>> blocks) {
    Set<Long> pairs = new HashSet<>();
    for (List<Integer> block : blocks.values()) {
      if (block.size() < 2 || block.size() > properties.maxBlockSize()) {
        continue;
      }
      for (int a = 0; a < block.size(); a++) {
        for (int b = a + 1; b < block.size(); b++) {
          int i = Math.min(block.get(a), block.get(b));
          int j = Math.max(block.get(a), block.get(b));
          if (i != j) {
            pairs.add(((long) i << 32) | j);
          }
        }
      }
    }
    return pairs.stream().mapToLong(Long::longValue).sorted().toArray();
  }

  private Pairs existing(
      long[] withinBatch, List<Set<String>> keys, Set<String> allKeys, FuzzyIndex index) {
    Map<String, List<FuzzyCandidate>> byKey =
        index.byKey(new LinkedHashSet<>(allKeys), properties.maxCandidates());
    List<List<FuzzyCandidate>> existing = new ArrayList<>(keys.size());
    Map<OfflinePerson, Integer> personIndex = new HashMap<>();
    List<OfflinePerson> people = new ArrayList<>();
    int[][] personOf = new int[keys.size()][];
    for (Set<String> recordKeys : keys) {
      Map<FuzzyCandidate, Boolean> found = new LinkedHashMap<>();
      Set<String> profiles = new HashSet<>();
      for (String key : recordKeys) {
        for (FuzzyCandidate candidate : byKey.getOrDefault(key, List.of())) {
          if (profiles.size() < properties.maxCandidates()
              || profiles.contains(candidate.profileId())) {
            profiles.add(candidate.profileId());
            found.putIfAbsent(candidate, Boolean.TRUE);
          }
        }
      }
      List<FuzzyCandidate> candidates = List.copyOf(found.keySet());
      int[] of = new int[candidates.size()];
      for (int c = 0; c < of.length; c++) {
        of[c] =
            personIndex.computeIfAbsent(
                candidates.get(c).person(),
                p -> {
                  people.add(p);
                  return people.size() - 1;
                });
      }
      personOf[existing.size()] = of;
      existing.add(candidates);
    }
    return new Pairs(withinBatch, existing, people, personOf);
  }
}
