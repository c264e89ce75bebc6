package io.c360.identity.profile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Activity marks (epoch seconds) kept as their sessions: maximal runs of marks whose gaps are under
 * 30 minutes, each stored as its start and length in seconds. A run is all that is needed of its
 * marks: a new mark joins a run exactly when it lies within 30 minutes of the run's span, so the
 * runs of a set of marks do not depend on the order the marks were added in, and the runs of two
 * sets combine into the runs of their union.
 *
 * <p>Serialized as a JSON object {@code {"<start epoch second>": <length seconds>}}.
 */
final class SessionRuns {

  static final long GAP_SECONDS = 30 * 60;

  /** Run start (epoch second) to run length (seconds); runs are disjoint and > 30 minutes apart. */
  private final TreeMap<Long, Long> runs;

  private SessionRuns(TreeMap<Long, Long> runs) {
    this.runs = runs;
  }

  static SessionRuns empty() {
    return new SessionRuns(new TreeMap<>());
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static SessionRuns of(Map<Long, Long> runs) {
    SessionRuns result = empty();
    runs.forEach((start, length) -> result.add(start, start + Math.max(0, length)));
    return result;
  }

  @JsonValue
  Map<Long, Long> asMap() {
    return runs;
  }

  SessionRuns copy() {
    return new SessionRuns(new TreeMap<>(runs));
  }

  /** Adds one activity mark. */
  void add(Instant at) {
    long second = at.getEpochSecond();
    add(second, second);
  }

  /** Adds every run of {@code other}. */
  void addAll(SessionRuns other) {
    other.runs.forEach((start, length) -> add(start, start + length));
  }

  /** Sessions that started at or after {@code fromSecond} and before {@code toSecond}. */
  long startedBetween(long fromSecond, long toSecond) {
    return fromSecond >= toSecond ? 0 : runs.subMap(fromSecond, toSecond).size();
  }

  /** Drops the runs that ended before {@code second}. */
  void dropEndedBefore(long second) {
    Iterator<Map.Entry<Long, Long>> it = runs.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<Long, Long> run = it.next();
      if (run.getKey() + run.getValue() >= second) {
        return; // runs are disjoint and sorted, so their ends are sorted too
      }
      it.remove();
    }
  }

  int size() {
    return runs.size();
  }

  private void add(long start, long end) {
    long newStart = start;
    long newEnd = end;
    Map.Entry<Long, Long> before = runs.floorEntry(start);
    if (before != null && start - (before.getKey() + before.getValue()) < GAP_SECONDS) {
      newStart = before.getKey();
      newEnd = Math.max(newEnd, before.getKey() + before.getValue());
      runs.remove(before.getKey());
    }
    for (Map.Entry<Long, Long> after = runs.ceilingEntry(newStart);
        after != null && after.getKey() - newEnd < GAP_SECONDS;
        after = runs.ceilingEntry(newStart)) {
      newEnd = Math.max(newEnd, after.getKey() + after.getValue());
      runs.remove(after.getKey());
    }
    runs.put(newStart, newEnd - newStart);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SessionRuns other && runs.equals(other.runs);
  }

  @Override
  public int hashCode() {
    return runs.hashCode();
  }

  @Override
  public String toString() {
    return runs.toString();
  }
}
