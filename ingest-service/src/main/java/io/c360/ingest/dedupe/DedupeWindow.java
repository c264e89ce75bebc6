package io.c360.ingest.dedupe;

import java.time.Instant;

/**
 * Remembers which messageIds each source sent in the last window (24 hours by default), so a
 * message an SDK retries is accepted but published only once.
 *
 * <p>Use it as a reservation: {@link #reserve} before publishing, {@link #release} when the publish
 * failed so a retry can go through.
 */
public interface DedupeWindow {

  /**
   * Claims a messageId for a source.
   *
   * @return true when this call claimed it (publish the message); false when it was seen within the
   *     window (a duplicate)
   */
  boolean reserve(String source, String messageId, Instant receivedAt);

  /** Gives back a claim whose publish failed. */
  void release(String source, String messageId);
}
