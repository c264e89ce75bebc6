package io.c360.identity.fuzzy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A {@link FuzzyIndex} in a map, with the same semantics as the DynamoDB one, for tests. */
public final class InMemoryFuzzyIndex implements FuzzyIndex {

  private final FuzzyMatcher matcher;

  /** Key to {@code profileId#person} to the person: each spelling of a profile is kept. */
  private final Map<String, Map<String, OfflinePerson>> blocks = new LinkedHashMap<>();

  public InMemoryFuzzyIndex(FuzzyMatcher matcher) {
    this.matcher = matcher;
  }

  @Override
  public void remember(String profileId, OfflinePerson person) {
    for (String key : matcher.blockingKeys(person)) {
      blocks.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(profileId + "#" + person, person);
    }
  }

  @Override
  public List<FuzzyCandidate> candidates(Set<String> blockingKeys, int limit) {
    Map<String, FuzzyCandidate> found = new LinkedHashMap<>();
    java.util.Set<String> profiles = new java.util.HashSet<>();
    for (String key : blockingKeys) {
      for (var entry : blocks.getOrDefault(key, Map.of()).entrySet()) {
        String profileId = entry.getKey().substring(0, entry.getKey().indexOf('#'));
        if (!profiles.contains(profileId) && profiles.size() >= limit) {
          continue;
        }
        profiles.add(profileId);
        found.putIfAbsent(entry.getKey(), new FuzzyCandidate(profileId, entry.getValue()));
      }
    }
    return List.copyOf(found.values());
  }

  @Override
  public void forgetProfile(String profileId) {
    blocks.values().forEach(block -> block.keySet().removeIf(k -> k.startsWith(profileId + "#")));
  }

  @Override
  public void forget(String profileId, OfflinePerson person) {
    for (String key : matcher.blockingKeys(person)) {
      Map<String, OfflinePerson> block = blocks.get(key);
      if (block != null) {
        block.remove(profileId + "#" + person);
      }
    }
  }
}
