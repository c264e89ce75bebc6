package io.c360.identity.pipeline;

import io.c360.common.event.CustomerEvent;
import io.c360.common.profile.IdentityChange;
import io.c360.common.profile.ProfileSnapshot;
import io.c360.common.profile.ResolvedEvent;
import io.c360.identity.linkage.ImportLinking;
import io.c360.identity.resolution.ConcurrentChangeException;
import io.c360.identity.resolution.IdentityResolver;
import io.c360.identity.resolution.IdentityStore;
import io.c360.identity.resolution.PollContext;
import io.c360.identity.resolution.ProfileId;
import io.c360.identity.resolution.ProfileStatus;
import io.c360.identity.resolution.ProfileWrite;
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
 *   <li>looks up every identifier of the batch, and loads the profiles they lead to, in batches
 *       ({@link PollContext}); resolves each event to a profile ({@link IdentityResolver}), the
 *       rows of an import linked as a batch first ({@link BatchResolution}); a new profile or new
 *       identifiers of an existing one are left pending, not written yet;
 *   <li>groups the events by profile, finishes any timeline re-keying a merge left pending, and
 *       applies each event once: an event whose messageId the profile applied lately, or that is on
 *       its timeline already, is a duplicate;
 *   <li>writes each changed profile once, with its pending identifier claims (conditional on its
 *       version, on a new profile's id being free and on each identifier being unclaimed), many
 *       profiles per TransactWriteItems; the events of a profile whose write lost a race are
 *       resolved and applied again; appends the timeline in batches;
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

  private final BatchResolution resolution;
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
      @org.jspecify.annotations.Nullable ImportLinking linking,
      IdentityStore store,
      TimelineStore timeline,
      ChangePublisher publisher,
      Clock clock,
      MeterRegistry meters) {
    this.resolution = new BatchResolution(resolver, linking);
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

    // Each round resolves the events left and writes every profile it can; only the events of
    // profiles that lost a race go round again, so a profile written in an earlier round is never
    // applied (or counted) twice.
    List<CustomerEvent> todo = List.copyOf(unique.values());
    List<Plan> done = new ArrayList<>();
    int droppedCount = 0;
    for (int round = 0; round < APPLY_ATTEMPTS && !todo.isEmpty(); round++) {
      PollContext poll = resolution.prepare(todo);
      BatchResolution.Resolved batchResolved = resolution.resolveAll(todo, poll);
      List<Resolution> resolutions = batchResolved.resolutions();
      Map<ProfileId, List<CustomerEvent>> byProfile = new LinkedHashMap<>();
      for (int i = 0; i < todo.size(); i++) {
        CustomerEvent event = todo.get(i);
        switch (resolutions.get(i)) {
          case Resolution.Resolved r ->
              byProfile.computeIfAbsent(r.profileId(), k -> new ArrayList<>()).add(event);
          case Resolution.Dropped d -> {
            droppedCount++;
            log.debug("dropped event {}: {}", event.messageId(), d.reason());
          }
        }
      }
      Round result = plan(byProfile, poll, round);
      droppedCount += result.dropped;
      List<ProfileWrite> writes =
          result.plans.stream().map(p -> p.write).filter(java.util.Objects::nonNull).toList();
      Set<ProfileId> lost = writes.isEmpty() ? Set.of() : store.writeAll(writes);
      List<CustomerEvent> again = new ArrayList<>(result.unresolved);
      for (Plan plan : result.plans) {
        if (lost.contains(plan.profileId)) {
          again.addAll(plan.events);
        } else {
          done.add(plan);
          if (plan.pending != null) {
            resolver.confirm(plan.pending);
          }
        }
      }
      // in-batch review suggestions only between profiles that were written
      for (BatchResolution.InBatchSuggestion s : batchResolved.suggestions()) {
        if (!lost.contains(s.profile()) && !lost.contains(s.other())) {
          resolver.suggest(s.profile(), s.event(), s.other(), s.score());
        }
      }
      again.forEach(e -> resolver.evict(keysOf(e)));
      todo = again;
    }
    if (!todo.isEmpty()) {
      throw new ConcurrentChangeException(
          todo.size() + " events' profiles kept changing under this batch", null);
    }

    List<TimelineEntry> entries = new ArrayList<>();
    List<ResolvedEvent> resolved = new ArrayList<>();
    List<ProfileSnapshot> snapshots = new ArrayList<>();
    List<IdentityChange> changes = new ArrayList<>();
    int appliedCount = 0;
    for (Plan plan : done) {
      entries.addAll(plan.entries);
      resolved.addAll(plan.resolved);
      changes.addAll(plan.changes);
      if (plan.snapshot != null) {
        snapshots.add(plan.snapshot);
      }
      appliedCount += plan.applied;
      duplicateCount += plan.duplicates;
    }
    timeline.append(entries);
    publisher.publish(resolved, snapshots, changes);

    applied.increment(appliedCount);
    duplicates.increment(duplicateCount);
    dropped.increment(droppedCount);
    return new PipelineResult(appliedCount, duplicateCount, droppedCount, snapshots.size());
  }

  /** What one profile's events do to it: the write (if any) and what to append and announce. */
  private static final class Plan {
    final ProfileId profileId;
    final List<CustomerEvent> events;
    final List<TimelineEntry> entries = new ArrayList<>();
    final List<ResolvedEvent> resolved = new ArrayList<>();
    final List<IdentityChange> changes = new ArrayList<>();
    @org.jspecify.annotations.Nullable ProfileWrite write;
    PollContext.@org.jspecify.annotations.Nullable PendingWrite pending;
    @org.jspecify.annotations.Nullable ProfileSnapshot snapshot;
    int applied;
    int duplicates;

    Plan(ProfileId profileId, List<CustomerEvent> events) {
      this.profileId = profileId;
      this.events = events;
    }
  }

  /**
   * The plans of a round, the events dropped, and the events to resolve again (their profile does
   * not exist: a new profile whose write lost a race in an earlier batch attempt).
   */
  private record Round(List<Plan> plans, int dropped, List<CustomerEvent> unresolved) {}

  private static Set<String> keysOf(CustomerEvent event) {
    Set<String> keys = new HashSet<>();
    event.identifiers().forEach(i -> keys.add(i.key()));
    return keys;
  }

  private Round plan(Map<ProfileId, List<CustomerEvent>> byProfile, PollContext poll, int round) {
    Map<ProfileId, List<CustomerEvent>> groups = new LinkedHashMap<>(byProfile);
    Map<ProfileId, StoredProfile> profiles = loadFollowingMerges(groups, poll);
    List<CustomerEvent> unresolved = new ArrayList<>();
    Instant now = clock.instant();
    int droppedEvents = 0;
    Map<ProfileId, List<String>> candidates = new LinkedHashMap<>();
    for (var group : groups.entrySet()) {
      StoredProfile profile = profiles.get(group.getKey());
      if (profile == null
          || profile.status() != ProfileStatus.ACTIVE
          || isNew(poll, profile.profileId())) {
        continue;
      }
      Set<String> recent = new HashSet<>(profile.recentMessageIds());
      List<String> keys = new ArrayList<>();
      for (CustomerEvent event : group.getValue()) {
        if (!recent.contains(event.messageId())) {
          keys.add(TimelineEntry.keyOf(event));
        }
      }
      if (!keys.isEmpty()) {
        candidates.put(profile.profileId(), keys);
      }
    }
    Map<ProfileId, Set<String>> onTimeline =
        candidates.isEmpty() ? Map.of() : timeline.existingKeys(candidates);

    List<Plan> plans = new ArrayList<>();
    for (var group : groups.entrySet()) {
      StoredProfile loaded = profiles.get(group.getKey());
      if (loaded == null && round < 3) {
        unresolved.addAll(group.getValue());
        continue;
      }
      if (loaded == null || loaded.status() != ProfileStatus.ACTIVE) {
        droppedEvents += group.getValue().size();
        continue;
      }
      PollContext.PendingWrite pendingWrite = poll.pending(loaded.profileId());
      // the pending write's claims go with the profile state they were checked against
      StoredProfile profile = pendingWrite == null ? loaded : pendingWrite.profile();
      Plan plan = new Plan(profile.profileId(), group.getValue());
      StoredProfile next = profile.copy();
      boolean changed = pendingWrite != null;
      if (!profile.pendingRekeys().isEmpty()) {
        for (ProfileId merged : profile.pendingRekeys()) {
          timeline.move(timeline.all(merged), profile.profileId());
          profile.merges().stream()
              .filter(m -> m.mergedProfileId().equals(merged))
              .forEach(
                  m ->
                      plan.changes.add(
                          new IdentityChange(
                              IdentityChange.MERGED,
                              profile.profileId().value(),
                              merged.value(),
                              m.identifierKeys(),
                              m.reason(),
                              m.at(),
                              null)));
        }
        next = next.withMerges(profile.merges(), List.of());
        changed = true;
      }
      Set<String> recent = new HashSet<>(profile.recentMessageIds());
      Set<String> existing = onTimeline.getOrDefault(profile.profileId(), Set.of());
      List<String> recentNext = new ArrayList<>(profile.recentMessageIds());
      for (CustomerEvent event : group.getValue()) {
        TimelineEntry entry = TimelineEntry.of(profile.profileId(), event);
        if (recent.contains(event.messageId())) {
          // applied already, perhaps just before a crash: store and announce again, count once
          plan.duplicates++;
        } else if (existing.contains(entry.eventKey())) {
          plan.duplicates++;
          continue;
        } else {
          next.traits().apply(event);
          next.activity().apply(event);
          recentNext.add(event.messageId());
          recent.add(event.messageId());
          plan.applied++;
          changed = true;
        }
        plan.entries.add(entry);
        plan.resolved.add(new ResolvedEvent(profile.profileId().value(), event));
      }
      if (changed) {
        StoredProfile saved = next.withRecentMessageIds(recentNext).nextVersion(now);
        plan.write =
            pendingWrite == null
                ? new ProfileWrite(saved, false, List.of())
                : new ProfileWrite(saved, pendingWrite.isNew(), pendingWrite.newLinks());
        plan.pending = pendingWrite;
        plan.snapshot = saved.snapshot(now);
      }
      plans.add(plan);
    }
    return new Round(plans, droppedEvents, unresolved);
  }

  private static boolean isNew(PollContext poll, ProfileId id) {
    PollContext.PendingWrite write = poll.pending(id);
    return write != null && write.isNew();
  }

  /**
   * Loads the profiles of the groups; a profile merged since its events were resolved hands them to
   * the profile it was merged into.
   */
  private Map<ProfileId, StoredProfile> loadFollowingMerges(
      Map<ProfileId, List<CustomerEvent>> groups, PollContext poll) {
    Map<ProfileId, StoredProfile> profiles = new LinkedHashMap<>();
    Set<ProfileId> toLoad = new HashSet<>(groups.keySet());
    for (int hop = 0; hop < 16 && !toLoad.isEmpty(); hop++) {
      Map<ProfileId, StoredProfile> loaded = poll.loadProfiles(store, toLoad);
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
