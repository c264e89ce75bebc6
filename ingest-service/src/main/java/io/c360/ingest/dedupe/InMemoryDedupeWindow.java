package io.c360.ingest.dedupe;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The window's working set: one entry per (source, messageId) with the time it was received.
 * Thread-safe; a claim is atomic, so two concurrent requests with one messageId publish once.
 * Entries older than the window are evicted by {@link #evictOlderThan}. Memory is about 150 bytes
 * an entry: a million messages a day costs about 150 MB of heap.
 */
public class InMemoryDedupeWindow implements DedupeWindow {

  private final ConcurrentHashMap<String, Long> seen = new ConcurrentHashMap<>();
  private final Duration window;

  public InMemoryDedupeWindow(Duration window) {
    this.window = window;
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
    return claimed[0];
  }

  @Override
  public void release(String source, String messageId) {
    seen.remove(key(source, messageId));
  }

  /** Records a message known to be published already (read back from the log at startup). */
  public void remember(String source, String messageId, Instant receivedAt) {
    seen.merge(key(source, messageId), receivedAt.toEpochMilli(), Math::max);
  }

  /** Forgets entries received before {@code now - window}. */
  public void evictOlderThan(Instant now) {
    long expiredBefore = now.toEpochMilli() - window.toMillis();
    seen.values().removeIf(receivedAt -> receivedAt < expiredBefore);
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
