package io.c360.identity.pipeline;

import io.c360.common.event.CustomerEvent;
import io.c360.common.profile.IdentityChange;
import io.c360.common.profile.ProfileSnapshot;
import io.c360.common.profile.ResolvedEvent;
import io.c360.identity.resolution.ConcurrentChangeException;
import io.c360.identity.resolution.IdentityResolver;
import io.c360.identity.resolution.IdentityStore;
import io.c360.identity.resolution.ProfileId;
import io.c360.identity.resolution.ProfileStatus;
import io.c360.identity.resolution.Resolution;
import io.c360.identity.resolution.StoredProfile;
import io.c360.identity.timeline.TimelineEntry;
import io.c360.identity.timeline.TimelineStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Processes one batch of events from {@code c360.events.v1}:
 *
 * <ol>
 *   <li>resolves each event to a profile ({@link IdentityResolver});
 *   <li>groups the events by profile, loads those profiles in one batch, finishes any timeline
 *       re-keying a merge left pending, and applies each event once: an event whose messageId the
 *       profile applied lately, or that is on its timeline already, is a duplicate;
 *   <li>writes each changed profile once (conditional on its version; a lost race reloads and
 *       applies again), appends the timeline in batches;
 *   <li>publishes the resolved events, the changed profiles and the merges, and only then returns,
 *       so the caller commits the offsets after everything is stored and announced.
 * </ol>
 *
 * A redelivered batch changes nothing a second time; its events are re-announced, which consumers
 * recognise by messageId.
 */
public final class EventPipeline {

  private static final Logger log = LoggerFactory.getLogger(EventPipeline.class);
  private static final int APPLY_ATTEMPTS = 20;

  private final IdentityResolver resolver;
  private final IdentityStore store;
  private final TimelineStore timeline;
  private final ChangePublisher publisher;
  private final Clock clock;
  private final Counter applied;
  private final Counter duplicates;
  private final Counter dropped;

  public EventPipeline(
      IdentityResolver resolver,
      IdentityStore store,
      TimelineStore timeline,
      ChangePublisher publisher,
      Clock clock,
      MeterRegistry meters) {
    this.resolver = resolver;
    this.store = store;
    this.timeline = timeline;
    this.publisher = publisher;
    this.clock = clock;
    this.applied = counter(meters, "applied");
    this.duplicates = counter(meters, "duplicate");
    this.dropped = counter(meters, "dropped");
  }

  private static Counter counter(MeterRegistry meters, String outcome) {
    return Counter.builder("c360.identity.events")
        .description("events consumed by identity resolution, by outcome")
        .tag("outcome", outcome)
        .register(meters);
  }

  public PipelineResult process(List<CustomerEvent> batch) {
    Map<String, CustomerEvent> unique = new LinkedHashMap<>();
    batch.forEach(e -> unique.putIfAbsent(e.messageId(), e));
    int duplicateCount = batch.size() - unique.size();

    Map<ProfileId, List<CustomerEvent>> byProfile = new LinkedHashMap<>();
    List<IdentityChange> changes = new ArrayList<>();
    int droppedCount = 0;
    for (CustomerEvent event : unique.values()) {
      switch (resolver.resolve(event)) {
        case Resolution.Resolved r -> {
          byProfile.computeIfAbsent(r.profileId(), k -> new ArrayList<>()).add(event);
          changes.addAll(r.changes());
        }
        case Resolution.Dropped d -> {
          droppedCount++;
          log.debug("dropped event {}: {}", event.messageId(), d.reason());
        }
      }
    }

    Applied result = null;
    ConcurrentChangeException lastRace = null;
    for (int attempt = 0; attempt < APPLY_ATTEMPTS && result == null; attempt++) {
      try {
        result = apply(byProfile);
      } catch (ConcurrentChangeException race) {
        lastRace = race;
      }
    }
    if (result == null) {
      throw new ConcurrentChangeException("profiles kept changing under this batch", lastRace);
    }
    timeline.append(result.entries);
    publisher.publish(result.resolved, result.snapshots, changes);

    duplicateCount += result.duplicates;
    droppedCount += result.dropped;
    applied.increment(result.applied);
    duplicates.increment(duplicateCount);
    dropped.increment(droppedCount);
    return new PipelineResult(
        result.applied, duplicateCount, droppedCount, result.snapshots.size());
  }

  private static final class Applied {
    final List<TimelineEntry> entries = new ArrayList<>();
    final List<ResolvedEvent> resolved = new ArrayList<>();
    final List<ProfileSnapshot> snapshots = new ArrayList<>();
    int applied;
    int duplicates;
    int dropped;
  }

  private Applied apply(Map<ProfileId, List<CustomerEvent>> byProfile) {
    Map<ProfileId, List<CustomerEvent>> groups = new LinkedHashMap<>(byProfile);
    Map<ProfileId, StoredProfile> profiles = loadFollowingMerges(groups);
    Instant now = clock.instant();
    Applied out = new Applied();
    List<StoredProfile> toSave = new ArrayList<>();
    for (var group : groups.entrySet()) {
      StoredProfile profile = profiles.get(group.getKey());
      if (profile == null || profile.status() != ProfileStatus.ACTIVE) {
        out.dropped += group.getValue().size();
        continue;
      }
      StoredProfile next = profile.copy();
      boolean changed = false;
      if (!profile.pendingRekeys().isEmpty()) {
        for (ProfileId merged : profile.pendingRekeys()) {
          timeline.move(timeline.all(merged), profile.profileId());
        }
        next = next.withMerges(profile.merges(), List.of());
        changed = true;
      }
      Set<String> recent = new HashSet<>(profile.recentMessageIds());
      List<String> candidates = new ArrayList<>();
      for (CustomerEvent event : group.getValue()) {
        if (!recent.contains(event.messageId())) {
          candidates.add(TimelineEntry.keyOf(event));
        }
      }
      Set<String> onTimeline =
          candidates.isEmpty() ? Set.of() : timeline.existingKeys(profile.profileId(), candidates);
      List<String> recentNext = new ArrayList<>(profile.recentMessageIds());
      for (CustomerEvent event : group.getValue()) {
        TimelineEntry entry = TimelineEntry.of(profile.profileId(), event);
        if (recent.contains(event.messageId())) {
          // applied already, perhaps just before a crash: store and announce again, count once
          out.duplicates++;
        } else if (onTimeline.contains(entry.eventKey())) {
          out.duplicates++;
          continue;
        } else {
          next.traits().apply(event);
          next.activity().apply(event);
          recentNext.add(event.messageId());
          recent.add(event.messageId());
          out.applied++;
          changed = true;
        }
        out.entries.add(entry);
        out.resolved.add(new ResolvedEvent(profile.profileId().value(), event));
      }
      if (changed) {
        StoredProfile saved = next.withRecentMessageIds(recentNext).nextVersion(now);
        toSave.add(saved);
        out.snapshots.add(saved.snapshot(now));
      }
    }
    if (!toSave.isEmpty()) {
      store.updateAll(toSave);
    }
    return out;
  }

  /**
   * Loads the profiles of the groups; a profile merged since its events were resolved hands them to
   * the profile it was merged into.
   */
  private Map<ProfileId, StoredProfile> loadFollowingMerges(
      Map<ProfileId, List<CustomerEvent>> groups) {
    Map<ProfileId, StoredProfile> profiles = new LinkedHashMap<>();
    Set<ProfileId> toLoad = new HashSet<>(groups.keySet());
    for (int hop = 0; hop < 16 && !toLoad.isEmpty(); hop++) {
      Map<ProfileId, StoredProfile> loaded = store.loadProfiles(toLoad);
      Set<ProfileId> next = new HashSet<>();
      for (ProfileId id : toLoad) {
        StoredProfile profile = loaded.get(id);
        if (profile != null
            && profile.status() == ProfileStatus.MERGED
            && profile.mergedInto() != null) {
          List<CustomerEvent> events = groups.remove(id);
          groups
              .computeIfAbsent(profile.mergedInto(), k -> new ArrayList<>())
              .addAll(events == null ? List.of() : events);
          if (!profiles.containsKey(profile.mergedInto())) {
            next.add(profile.mergedInto());
          }
        } else if (profile != null) {
          profiles.put(id, profile);
        }
      }
      toLoad = next;
    }
    return profiles;
  }
}
