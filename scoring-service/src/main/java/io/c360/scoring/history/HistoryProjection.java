package io.c360.scoring.history;

import io.c360.common.profile.IdentityChange;
import io.c360.common.profile.ResolvedEvent;
import io.c360.scoring.features.HistoryEvent;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Scoring's projection of identity-service's topics: each resolved event is reduced once to what
 * features need ({@link HistoryEvent}) and stored under its profile; merges, unmerges and erasures
 * change which profile a history is read with, or delete it. Every step is idempotent, so a
 * redelivered record changes nothing.
 */
@Component
public class HistoryProjection {

  private static final Logger log = LoggerFactory.getLogger(HistoryProjection.class);

  private final HistoryStore store;
  private final HistoryChanges changes;

  public HistoryProjection(HistoryStore store, HistoryChanges changes) {
    this.store = store;
    this.changes = changes;
  }

  /** Stores resolved events (from {@code c360.resolved-events.v1}). */
  public void resolved(List<ResolvedEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    List<HistoryEntry> entries =
        events.stream()
            .map(
                e ->
                    new HistoryEntry(
                        e.profileId(), e.event().messageId(), HistoryEvent.of(e.event())))
            .toList();
    Set<String> written = store.append(entries);
    if (!written.isEmpty()) {
      changes.changed(written);
    }
  }

  /** Applies a merge or an unmerge (from {@code c360.identity-merges.v1}). */
  public void identityChanged(IdentityChange change) {
    if (change.profileId().equals(change.mergedProfileId())) {
      return;
    }
    switch (change.type()) {
      case IdentityChange.MERGED -> {
        store.merge(change.profileId(), change.mergedProfileId());
        changes.merged(change.profileId(), change.mergedProfileId());
      }
      case IdentityChange.UNMERGED -> {
        store.unmerge(change.profileId(), change.mergedProfileId());
        changes.unmerged(change.profileId(), change.mergedProfileId());
      }
      default ->
          log.warn(
              "ignoring identity change of unknown type '{}' for {}",
              change.type(),
              change.profileId());
    }
  }

  /** Deletes a profile's history (from {@code c360.erasures.v1}). */
  public void erased(String profileId) {
    Set<String> erased = store.erase(profileId);
    log.info(
        "erased the history of profile {} ({} profiles with merged ones)",
        profileId,
        erased.size());
  }
}
