package io.c360.identity.resolution;

import io.c360.common.profile.LinkedIdentifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Merges one profile into another: the survivor gets every identifier (with {@code how}), the
 * traits (most recent wins), the combined activity, the recent messageIds and a merge record; the
 * merged profile becomes {@code MERGED} into it; both audit trails say why. The timeline re-key is
 * left pending on the survivor (see {@link StoredProfile#pendingRekeys}). One transaction.
 */
public final class ProfileMerger {

  private final IdentityStore store;

  public ProfileMerger(IdentityStore store) {
    this.store = store;
  }

  /**
   * What one merge is about.
   *
   * @param why the reason in words, for the merge record and both audit trails
   * @param how how the survivor came to hold the merged identifiers: {@code merge} (resolution) or
   *     {@code review} (a steward accepted a suggestion)
   * @param sourceId the event messageId or suggestion id that caused it
   * @param actor {@code resolution}, or the token name of the steward
   */
  public record Reason(
      String why, String how, String sourceId, String actor, Map<String, Object> details) {}

  /** Stores the merge; the survivor's next version as stored. */
  public StoredProfile merge(
      StoredProfile survivor, StoredProfile merged, Reason reason, Instant now) {
    List<LinkedIdentifier> identifiers = new ArrayList<>(survivor.identifiers());
    for (LinkedIdentifier link : merged.identifiers()) {
      identifiers.add(
          new LinkedIdentifier(link.identifier(), now, reason.how(), reason.sourceId()));
    }
    StoredProfile next = survivor.copy().withIdentifiers(identifiers);
    next.traits().mergeFrom(merged.traits());
    next.activity().mergeFrom(merged.activity());
    List<String> recent = new ArrayList<>(next.recentMessageIds());
    merged.recentMessageIds().stream().filter(m -> !recent.contains(m)).forEach(recent::add);
    List<MergeRecord> merges = new ArrayList<>(next.merges());
    merges.add(
        new MergeRecord(
            merged.profileId(),
            merged.createdAt(),
            List.copyOf(merged.identifierKeys()),
            now,
            reason.why(),
            reason.sourceId()));
    List<ProfileId> pending = new ArrayList<>(next.pendingRekeys());
    pending.add(merged.profileId());
    StoredProfile survivorNext =
        next.withRecentMessageIds(recent).withMerges(merges, pending).nextVersion(now);
    StoredProfile mergedNext =
        merged.withStatus(ProfileStatus.MERGED, survivor.profileId()).nextVersion(now);
    store.merge(survivorNext, List.of(mergedNext), List.of());
    for (StoredProfile side : List.of(survivor, merged)) {
      ProfileId other = side == survivor ? merged.profileId() : survivor.profileId();
      store.audit(
          new AuditEntry(
              "merged#" + merged.profileId(),
              side.profileId(),
              now,
              AuditEntry.MERGED,
              List.of(other),
              merged.profileId() + " merged into " + survivor.profileId() + ": " + reason.why(),
              reason.actor(),
              reason.details()));
    }
    return survivorNext;
  }
}
