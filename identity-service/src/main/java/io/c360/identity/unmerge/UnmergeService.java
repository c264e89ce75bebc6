package io.c360.identity.unmerge;

import io.c360.common.profile.IdentityChange;
import io.c360.common.profile.LinkedIdentifier;
import io.c360.common.profile.ProfileSnapshot;
import io.c360.identity.lookup.ProfileLookup;
import io.c360.identity.pipeline.ChangePublisher;
import io.c360.identity.resolution.AuditEntry;
import io.c360.identity.resolution.ConcurrentChangeException;
import io.c360.identity.resolution.IdentityResolver;
import io.c360.identity.resolution.IdentityStore;
import io.c360.identity.resolution.MergeRecord;
import io.c360.identity.resolution.OfflineMatching;
import io.c360.identity.resolution.ProfileId;
import io.c360.identity.resolution.ProfileStatus;
import io.c360.identity.resolution.StoredProfile;
import io.c360.identity.timeline.TimelineEntry;
import io.c360.identity.timeline.TimelineStore;
import io.c360.platform.problem.ApiProblem;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * Splits a merged profile back out of the profile it was merged into:
 *
 * <ul>
 *   <li>the identifiers it brought (and that are still on the survivor) point at it again;
 *   <li>the timeline events first resolved to it move back; both profiles' traits and computed
 *       traits are recomputed from their own events;
 *   <li>the two are kept apart: later events naming both are refused a merge (and recorded);
 *   <li>an {@code unmerged} audit entry on both and a {@code profile-unmerged} record on {@code
 *       c360.identity-merges.v1}; both profiles are published again.
 * </ul>
 *
 * Events that reached the survivor after the merge stay with it.
 */
public final class UnmergeService {

  private final IdentityStore store;
  private final TimelineStore timeline;
  private final ProfileLookup lookup;
  private final IdentityResolver resolver;
  private final OfflineMatching offline;
  private final ChangePublisher publisher;
  private final Clock clock;

  public UnmergeService(
      IdentityStore store,
      TimelineStore timeline,
      ProfileLookup lookup,
      IdentityResolver resolver,
      OfflineMatching offline,
      ChangePublisher publisher,
      Clock clock) {
    this.store = store;
    this.timeline = timeline;
    this.lookup = lookup;
    this.resolver = resolver;
    this.offline = offline;
    this.publisher = publisher;
    this.clock = clock;
  }

  /** The result: both profiles after the split. */
  public record Split(ProfileSnapshot profile, ProfileSnapshot restored) {}

  /**
   * Splits, retrying a few times when resolution changed the profiles meanwhile (the write is
   * conditional, so a lost race changed nothing).
   */
  public Split unmerge(
      ProfileId survivorId, @Nullable ProfileId mergedId, String reason, String actor) {
    ConcurrentChangeException last = null;
    for (int attempt = 0; attempt < 5; attempt++) {
      try {
        return tryUnmerge(survivorId, mergedId, reason, actor);
      } catch (ConcurrentChangeException race) {
        last = race;
      }
    }
    throw last;
  }

  private Split tryUnmerge(
      ProfileId survivorId, @Nullable ProfileId mergedId, String reason, String actor) {
    StoredProfile survivor = lookup.live(survivorId);
    if (!survivor.profileId().equals(survivorId)) {
      throw new ApiProblem(
          HttpStatus.CONFLICT,
          "profile '"
              + survivorId.value()
              + "' was itself merged into '"
              + survivor.profileId().value()
              + "'; unmerge from that profile");
    }
    if (survivor.merges().isEmpty()) {
      throw new ApiProblem(
          HttpStatus.CONFLICT, "profile '" + survivorId.value() + "' has no merged profiles");
    }
    MergeRecord merge =
        mergedId == null
            ? survivor.merges().getLast()
            : survivor.merges().stream()
                .filter(m -> m.mergedProfileId().equals(mergedId))
                .findFirst()
                .orElseThrow(
                    () ->
                        new ApiProblem(
                            HttpStatus.CONFLICT,
                            "profile '"
                                + mergedId.value()
                                + "' was not merged into '"
                                + survivorId.value()
                                + "'"));
    StoredProfile merged =
        store
            .loadProfile(merge.mergedProfileId())
            .filter(p -> p.status() == ProfileStatus.MERGED)
            .orElseThrow(
                () ->
                    new ApiProblem(
                        HttpStatus.CONFLICT,
                        "profile '" + merge.mergedProfileId().value() + "' can't be restored"));
    Instant now = clock.instant();

    Set<String> moving = new HashSet<>(merge.identifierKeys());
    List<LinkedIdentifier> staying = new ArrayList<>();
    List<LinkedIdentifier> returning = new ArrayList<>();
    for (LinkedIdentifier link : survivor.identifiers()) {
      if (moving.contains(link.identifier().key())) {
        returning.add(new LinkedIdentifier(link.identifier(), now, "unmerge", link.messageId()));
      } else {
        staying.add(link);
      }
    }
    // a merge whose timeline re-key is still pending: finish it first, or its events are missed
    for (ProfileId pending : survivor.pendingRekeys()) {
      timeline.move(timeline.all(pending), survivor.profileId());
    }
    List<TimelineEntry> all = timeline.all(survivor.profileId());
    List<TimelineEntry> back =
        all.stream().filter(e -> e.origin().equals(merged.profileId())).toList();
    List<TimelineEntry> kept =
        all.stream().filter(e -> !e.origin().equals(merged.profileId())).toList();

    List<MergeRecord> remainingMerges = survivor.merges().stream().filter(m -> m != merge).toList();
    StoredProfile survivorNext =
        refold(
                StoredProfile.create(survivor.profileId(), survivor.createdAt())
                    .withIdentifiers(staying),
                kept)
            .withMerges(remainingMerges, List.of())
            .keptApartFrom(merged.profileId());
    survivorNext = survivorNext.at(survivor.version() + 1, now);
    StoredProfile restored =
        refold(
                StoredProfile.create(merged.profileId(), merged.createdAt())
                    .withIdentifiers(returning),
                back)
            .keptApartFrom(survivor.profileId());
    restored = restored.at(merged.version() + 1, now);

    store.split(survivorNext, restored, returning.stream().map(l -> l.identifier().key()).toList());
    timeline.move(back, merged.profileId());
    resolver.evict(moving);
    reindex(survivorNext, restored);

    String why = reason.isBlank() ? "unmerged by an operator" : reason;
    for (StoredProfile side : List.of(survivorNext, restored)) {
      ProfileId other = side == survivorNext ? restored.profileId() : survivorNext.profileId();
      store.audit(
          new AuditEntry(
              "unmerged#" + merged.profileId() + "#" + now.toEpochMilli(),
              side.profileId(),
              now,
              AuditEntry.UNMERGED,
              List.of(other),
              merged.profileId() + " split back out of " + survivor.profileId() + ": " + why,
              actor,
              Map.of(
                  "identifiersMoved", returning.size(),
                  "timelineEventsMoved", back.size())));
    }
    ProfileSnapshot survivorSnapshot = survivorNext.snapshot(now);
    ProfileSnapshot restoredSnapshot = restored.snapshot(now);
    publisher.publish(
        List.of(),
        List.of(survivorSnapshot, restoredSnapshot),
        List.of(
            new IdentityChange(
                IdentityChange.UNMERGED,
                survivor.profileId().value(),
                merged.profileId().value(),
                returning.stream().map(l -> l.identifier().key()).toList(),
                why,
                now,
                actor)));
    return new Split(survivorSnapshot, restoredSnapshot);
  }

  /**
   * Files both profiles in the match index anew from their refolded traits: the survivor no longer
   * under the split-out person's details, the split-out profile under its own.
   */
  private void reindex(StoredProfile... profiles) {
    for (StoredProfile profile : profiles) {
      Map<String, Object> traits = new java.util.LinkedHashMap<>();
      profile.traits().traits().forEach((name, value) -> traits.put(name, value.value()));
      offline.forget(profile.profileId(), traits);
      offline.rememberTraits(profile.profileId(), traits);
    }
  }

  /** The profile's traits, activity and recent messageIds folded anew from its events. */
  private static StoredProfile refold(StoredProfile empty, List<TimelineEntry> entries) {
    List<String> recent = new ArrayList<>();
    for (TimelineEntry entry : entries) {
      empty.traits().apply(entry.event());
      empty.activity().apply(entry.event());
      recent.add(entry.event().messageId());
    }
    return empty.withRecentMessageIds(recent);
  }
}
