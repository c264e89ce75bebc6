package io.c360.identity.resolution;

import io.c360.common.event.CustomerEvent;
import io.c360.common.identifier.Identifier;
import io.c360.common.identifier.Redaction;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What resolution writes down besides links: refused links and suggested ones. */
final class ResolutionAudit {

  private static final Logger log = LoggerFactory.getLogger(ResolutionAudit.class);

  private final IdentityStore store;
  private final LinkSuggestions suggestions;
  private final Clock clock;

  ResolutionAudit(IdentityStore store, LinkSuggestions suggestions, Clock clock) {
    this.store = store;
    this.suggestions = suggestions;
    this.clock = clock;
  }

  /** Records suggested links of a new profile: an audit entry, and the review queue. */
  void suggested(ProfileId id, OfflineMatching.Suggested suggested, CustomerEvent event) {
    suggested(id, suggested, event, "link-suggested#" + event.messageId());
  }

  /** As above, under the audit entry id {@code entryId}. */
  void suggested(
      ProfileId id, OfflineMatching.Suggested suggested, CustomerEvent event, String entryId) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("scores", suggested.scores());
    details.put("messageId", event.messageId());
    store.audit(
        new AuditEntry(
            entryId,
            id,
            clock.instant(),
            AuditEntry.LINK_SUGGESTED,
            suggested.profileIds(),
            "a record is similar to other profiles but below the match threshold",
            AuditEntry.RESOLUTION,
            details));
    suggestions.suggest(id, suggested.profileIds(), suggested.scores(), event.messageId());
  }

  void refused(CustomerEvent event, LinkRefusal refusal, Identifier dropped) {
    Instant now = clock.instant();
    List<ProfileId> involved = List.copyOf(refusal.profiles());
    Map<String, Object> details =
        Map.of("droppedIdentifierType", dropped.type().wireName(), "messageId", event.messageId());
    String reason =
        "link refused: "
            + refusal.reason()
            + "; dropped the event's weakest identifier ("
            + dropped.type().wireName()
            + " "
            + Redaction.mask(dropped)
            + ") and matched again";
    for (ProfileId id : involved) {
      List<ProfileId> others = involved.stream().filter(o -> !o.equals(id)).toList();
      store.audit(
          new AuditEntry(
              "merge-refused#" + refusal.reason().hashCode() + "#" + dropped.key().hashCode(),
              id,
              now,
              AuditEntry.MERGE_REFUSED,
              others,
              reason,
              AuditEntry.RESOLUTION,
              details));
    }
    log.info("event {}: {}", event.messageId(), reason);
  }
}
