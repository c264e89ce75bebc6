package io.c360.activation.delivery.outbox;

import java.util.List;
import java.util.Optional;

/** Where the outbox keeps its entries (port). */
public interface OutboxStore {

  /**
   * Stores the entry unless an entry with its messageId exists.
   *
   * @return empty when it was stored now, else the entry stored before (left unchanged)
   */
  Optional<OutboxEntry> putIfAbsent(OutboxEntry entry);

  /** Deletes every entry of the profile (right to erasure); returns how many. */
  int forget(String profileId);

  /** The entries that match, newest first, at most {@code query.limit()}. */
  List<OutboxEntry> find(OutboxQuery query);
}
