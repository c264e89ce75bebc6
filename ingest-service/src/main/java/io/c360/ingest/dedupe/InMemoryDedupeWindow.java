package io.c360.ingest.dedupe;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's working set: one entry per (source, messageId) with the time it was received.
 * Thread-safe; a claim is atomic, so two concurrent requests with one messageId publish once.
 * Entries older than the window are evicted by {@link #evictOlderThan}. Memory is about 150 bytes
 * an entry, so the set is capped at {@code maxEntries}: past the cap the oldest entries are
 * forgotten first (the window shortens, see {@link #effectiveWindow}) rather than the heap running
 * out under a flood.
 */
public class InMemoryDedupeWindow implements DedupeWindow {

  private static final Logger log = LoggerFactory.getLogger(InMemoryDedupeWindow.class);

  private final ConcurrentHashMap<String, Long> seen = new ConcurrentHashMap<>();
  private final Duration window;
  private final int maxEntries;
  private final ReentrantLock shedding = new ReentrantLock();
  private volatile Duration effectiveWindow;

  public InMemoryDedupeWindow(Duration window, int maxEntries) {
    this.window = window;
    this.maxEntries = maxEntries;
    this.effectiveWindow = window;
  }

  @Override
  public boolean reserve(String source, String messageId, Instant receivedAt) {
    long now = receivedAt.toEpochMilli();
    long expiredBefore = now - window.toMillis();
    boolean[] claimed = {false};
    seen.compute(
        key(source, messageId),
        (k, previous) -> {
          if (previous == null || previous < expiredBefore) {
            claimed[0] = true;
            return now;
          }
          return previous;
        });
    if (claimed[0] && seen.size() > maxEntries) {
      shed(receivedAt);
    }
    return claimed[0];
  }

  /**
   * Forgets the oldest entries until the set is back under 90 % of its cap, halving the retained
   * span each pass. One thread sheds at a time; the others carry on.
   */
  private void shed(Instant now) {
    if (!shedding.tryLock()) {
      return;
    }
    try {
      long target = (long) (maxEntries * 0.9);
      Duration keep = effectiveWindow;
      while (seen.size() > target && keep.toMillis() > 1) {
        keep = keep.dividedBy(2);
        long cutoff = now.toEpochMilli() - keep.toMillis();
        seen.values().removeIf(receivedAt -> receivedAt < cutoff);
      }
      if (keep.compareTo(effectiveWindow) < 0) {
        log.warn(
            "dedupe window over {} messageIds: only the last {} are remembered now",
            maxEntries,
            keep);
        effectiveWindow = keep;
      }
    } finally {
      shedding.unlock();
    }
  }

  /** How far back duplicates are caught now: the configured window unless the cap shortened it. */
  public Duration effectiveWindow() {
    return effectiveWindow;
  }

  @Override
  public void release(String source, String messageId) {
    seen.remove(key(source, messageId));
  }

  /** Records a message known to be published already (read back from the log at startup). */
  public void remember(String source, String messageId, Instant receivedAt) {
    seen.merge(key(source, messageId), receivedAt.toEpochMilli(), Math::max);
    if (seen.size() > maxEntries) {
      shed(Instant.now());
    }
  }

  /** Forgets entries received before {@code now - window}. */
  public void evictOlderThan(Instant now) {
    long expiredBefore = now.toEpochMilli() - window.toMillis();
    seen.values().removeIf(receivedAt -> receivedAt < expiredBefore);
    if (seen.size() < maxEntries / 2) {
      effectiveWindow = window;
    }
  }

  public int size() {
    return seen.size();
  }

  public Duration window() {
    return window;
  }

  private static String key(String source, String messageId) {
    return source + '\n' + messageId;
  }
}
