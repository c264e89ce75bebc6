package io.c360.identity.linkage;

import java.util.HashMap;
import java.util.Map;

/**
 * How many compared pairs showed each comparison pattern: the sufficient statistics of the
 * Fellegi–Sunter model, so EM runs over a few hundred distinct patterns instead of every pair.
 */
public final class PatternCounts {

  private final Map<Integer, long[]> counts = new HashMap<>();
  private long pairs;

  public void add(int pattern) {
    counts.computeIfAbsent(pattern, p -> new long[1])[0]++;
    pairs++;
  }

  public void addAll(PatternCounts other) {
    other.counts.forEach((p, c) -> counts.computeIfAbsent(p, k -> new long[1])[0] += c[0]);
    pairs += other.pairs;
  }

  /** Pairs counted. */
  public long pairs() {
    return pairs;
  }

  /** Distinct patterns. */
  public int[] patterns() {
    return counts.keySet().stream().mapToInt(Integer::intValue).toArray();
  }

  public long count(int pattern) {
    long[] c = counts.get(pattern);
    return c == null ? 0 : c[0];
  }
}
