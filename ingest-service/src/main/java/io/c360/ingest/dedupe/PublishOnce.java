package io.c360.ingest.dedupe;

import io.c360.common.event.CustomerEvent;
import io.c360.common.quarantine.QuarantinedRecord;
import io.c360.ingest.publishing.EventPublisher;
import io.c360.ingest.publishing.PublishFailedException;
import io.c360.ingest.stats.EventStats;
import java.util.ArrayList;
import java.util.List;

/**
 * Publishes events whose messageId the dedupe window has not seen, as one attempt: every event is
 * claimed first, and when the publish fails every claim is released so the sender's retry goes
 * through. The one place both the Tracking API and file imports publish events.
 */
public final class PublishOnce {

  private final DedupeWindow dedupe;
  private final EventPublisher publisher;
  private final EventStats stats;

  public PublishOnce(DedupeWindow dedupe, EventPublisher publisher, EventStats stats) {
    this.dedupe = dedupe;
    this.publisher = publisher;
    this.stats = stats;
  }

  /** What was published, and what was dropped as already published within the window. */
  public record Outcome(List<CustomerEvent> published, List<CustomerEvent> duplicates) {}

  /**
   * Publishes the new events and quarantines the rejected records in one attempt.
   *
   * @throws PublishFailedException when the event store did not confirm; nothing was claimed
   */
  public Outcome publish(List<CustomerEvent> events, List<QuarantinedRecord> quarantine) {
    List<CustomerEvent> claimed = new ArrayList<>(events.size());
    List<CustomerEvent> duplicates = new ArrayList<>();
    for (CustomerEvent event : events) {
      if (dedupe.reserve(event.source(), event.messageId(), event.receivedAt())) {
        claimed.add(event);
      } else {
        duplicates.add(event);
      }
    }
    try {
      publisher.publishEvents(claimed);
      publisher.quarantine(quarantine);
    } catch (RuntimeException e) {
      claimed.forEach(event -> dedupe.release(event.source(), event.messageId()));
      throw e;
    }
    claimed.forEach(event -> stats.accepted(event.source(), 1));
    duplicates.forEach(event -> stats.duplicates(event.source(), 1));
    quarantine.forEach(record -> stats.quarantined(record.source(), record.reasons()));
    return new Outcome(claimed, duplicates);
  }
}
