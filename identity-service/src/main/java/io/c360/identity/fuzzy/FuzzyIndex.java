package io.c360.identity.fuzzy;

import java.util.List;
import java.util.Set;

/** The blocking index: which profiles carry which blocking keys, and what they look like. */
public interface FuzzyIndex {

  /** Files {@code person} under each of its blocking keys for {@code profileId}. */
  void remember(String profileId, OfflinePerson person);

  /**
   * The profiles filed under any of {@code blockingKeys}, one per profileId, at most {@code limit}.
   */
  List<FuzzyCandidate> candidates(Set<String> blockingKeys, int limit);

  /** Removes what {@link #remember} filed for {@code profileId} and {@code person}. */
  void forget(String profileId, OfflinePerson person);
}
