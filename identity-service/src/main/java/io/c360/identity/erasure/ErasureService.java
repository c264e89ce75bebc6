package io.c360.identity.erasure;

import io.c360.common.profile.ProfileErased;
import io.c360.identity.lookup.ProfileLookup;
import io.c360.identity.pipeline.ChangePublisher;
import io.c360.identity.resolution.AuditEntry;
import io.c360.identity.resolution.IdentityResolver;
import io.c360.identity.resolution.IdentityStore;
import io.c360.identity.resolution.LinkSuggestions;
import io.c360.identity.resolution.MergeRecord;
import io.c360.identity.resolution.OfflineMatching;
import io.c360.identity.resolution.ProfileId;
import io.c360.identity.resolution.ProfileStatus;
import io.c360.identity.resolution.StoredProfile;
import io.c360.identity.score.ScoreProjection;
import io.c360.identity.timeline.TimelineStore;
import io.c360.platform.security.Sha256;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Erases a profile (and the profiles merged into it, which are the same person): its identity links
 * are replaced by tombstones for the configured time so events still in flight cannot rebuild it,
 * its traits, activity and merge history are emptied (an {@code ERASED} shell with the id remains,
 * so the id answers 410), its timeline and its projected scores are deleted, and a {@link
 * ProfileErased} record per profile id tells every other service to delete what it holds. The audit
 * entry says who, when and how much, without personal data.
 */
public final class ErasureService {

  private final IdentityStore store;
  private final TimelineStore timeline;
  private final ProfileLookup lookup;
  private final IdentityResolver resolver;
  private final OfflineMatching offline;
  private final LinkSuggestions suggestions;
  private final ChangePublisher publisher;
  private final ScoreProjection scores;
  private final Clock clock;

  public ErasureService(
      IdentityStore store,
      TimelineStore timeline,
      ProfileLookup lookup,
      IdentityResolver resolver,
      OfflineMatching offline,
      LinkSuggestions suggestions,
      ChangePublisher publisher,
      ScoreProjection scores,
      Clock clock) {
    this.store = store;
    this.timeline = timeline;
    this.lookup = lookup;
    this.resolver = resolver;
    this.offline = offline;
    this.suggestions = suggestions;
    this.publisher = publisher;
    this.scores = scores;
    this.clock = clock;
  }

  public ErasureReport erase(ProfileId requested, String actor) {
    StoredProfile profile = lookup.live(requested);
    Instant now = clock.instant();
    Set<String> keys = profile.identifierKeys();
    List<ProfileId> ids = new ArrayList<>();
    ids.add(profile.profileId());
    profile.merges().stream().map(MergeRecord::mergedProfileId).forEach(ids::add);

    Map<String, Object> traits = traitValues(profile);
    for (ProfileId id : ids) {
      offline.forget(id, traits);
    }
    suggestions.forgetProfiles(ids);
    store.erase(profile.erasedShell(now), keys);
    resolver.evict(keys);
    for (StoredProfile merged : store.loadProfiles(ids.subList(1, ids.size())).values()) {
      if (merged.status() != ProfileStatus.ERASED) {
        store.erase(merged.erasedShell(now), List.of());
      }
    }
    int events = 0;
    for (ProfileId id : ids) {
      events += timeline.deleteAll(id);
      scores.erase(id);
    }
    List<String> hashes = keys.stream().map(Sha256::hex).toList();
    for (ProfileId id : ids) {
      store.audit(
          new AuditEntry(
              "erased",
              id,
              now,
              AuditEntry.ERASED,
              ids.stream().filter(o -> !o.equals(id)).toList(),
              "erased on request: "
                  + keys.size()
                  + " identifiers and "
                  + events
                  + " timeline events removed",
              actor,
              Map.of("identifiers", keys.size(), "timelineEvents", events)));
      publisher.publishErasure(new ProfileErased(id.value(), hashes, now, actor));
    }
    return new ErasureReport(
        profile.profileId().value(),
        ids.stream().map(ProfileId::value).toList(),
        keys.size(),
        events,
        now,
        actor);
  }

  private static Map<String, Object> traitValues(StoredProfile profile) {
    return profile.traits().traits().entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().value()));
  }
}
