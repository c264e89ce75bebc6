package io.c360.activation.delivery.outbox;

/**
 * A JSON-lines copy of what the outbox recorded, for people and tools that read files (port; the
 * store is the record, the file a convenience: an entry recorded just before a crash may miss it).
 */
public interface OutboxFile extends AutoCloseable {

  /** Appends one entry as one JSON line. */
  void append(OutboxEntry entry);

  /**
   * Removes an erased profile's entries where the file can be rewritten (a local directory); a
   * blob-store copy is left to the bucket's lifecycle rules.
   */
  default void forget(String profileId) {}

  /** Writes whatever is buffered. */
  default void flush() {}

  @Override
  default void close() {
    flush();
  }

  /** Keeps no file. */
  static OutboxFile none() {
    return entry -> {};
  }
}
