package io.c360.scoring.scoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Keeps an erased profile out of every score written after its erasure, including the scores of a
 * batch job that computed them before: an erasure is recorded and cleaned up while no score is
 * being written, and every write leaves out the profiles erased so far. Erasures are remembered for
 * a week, longer than any scoring job runs.
 */
@Component
class ErasedProfiles {

  private static final Duration REMEMBERED = Duration.ofDays(7);

  private final Map<String, Instant> erased = new ConcurrentHashMap<>();
  private final ReentrantLock writing = new ReentrantLock();
  private final Clock clock;

  ErasedProfiles(Clock clock) {
    this.clock = clock;
  }

  /** Records the erasure, then runs the cleanup while no score is being written. */
  public void erase(String profileId, Runnable cleanup) {
    writing.lock();
    try {
      Instant now = clock.instant();
      erased.values().removeIf(at -> at.isBefore(now.minus(REMEMBERED)));
      erased.put(profileId, now);
      cleanup.run();
    } finally {
      writing.unlock();
    }
  }

  /** Writes the items of profiles not erased, while no erasure runs; returns what write returns. */
  public <T, R> R writeUnlessErased(
      List<T> items, Function<T, String> profileId, Function<List<T>, R> write) {
    writing.lock();
    try {
      List<T> kept = new ArrayList<>(items.size());
      for (T item : items) {
        if (!erased.containsKey(profileId.apply(item))) {
          kept.add(item);
        }
      }
      return write.apply(kept);
    } finally {
      writing.unlock();
    }
  }
}
