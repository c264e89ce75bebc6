package io.c360.identity.resolution;

import io.c360.common.event.CustomerEvent;
import io.c360.common.identifier.Identifier;
import io.c360.common.identifier.IdentifierType;
import io.c360.common.identifier.Redaction;
import io.c360.common.profile.LinkedIdentifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves one event to one profile under the rules of {@link ResolutionProperties}:
 *
 * <ol>
 *   <li>the event's identifiers, minus blocked values, ordered strongest first;
 *   <li>none known: a new profile claims them; all known on one profile: that one; one profile plus
 *       new identifiers: they are attached; several profiles: they are merged into the oldest;
 *   <li>a link that would give a profile two userIds, or more identifiers of a type than its limit,
 *       is refused and recorded; the weakest identifier of the event is dropped and matching
 *       retried;
 *   <li>an identifier of an erased profile drops the event.
 * </ol>
 *
 * Every write is conditional ({@link IdentityStore}): a lost race reloads and retries.
 */
public final class IdentityResolver {

  private static final Logger log = LoggerFactory.getLogger(IdentityResolver.class);
  private static final int MAX_REDIRECTS = 16;

  private final IdentityStore store;
  private final ResolutionProperties rules;
  private final OfflineMatching offline;
  private final Clock clock;
  private final IdentityCache cache;
  private final ProfileMerger merger;
  private final LinkLimits limits;
  private final ResolutionAudit audit;

  public IdentityResolver(
      IdentityStore store, ResolutionProperties rules, OfflineMatching offline, Clock clock) {
    this(store, rules, offline, LinkSuggestions.NONE, clock);
  }

  public IdentityResolver(
      IdentityStore store,
      ResolutionProperties rules,
      OfflineMatching offline,
      LinkSuggestions suggestions,
      Clock clock) {
    this.store = store;
    this.rules = rules;
    this.offline = offline;
    this.clock = clock;
    this.cache = new IdentityCache(rules.cacheSize(), Duration.ofSeconds(60), clock);
    this.merger = new ProfileMerger(store);
    this.limits = new LinkLimits(rules);
    this.audit = new ResolutionAudit(store, suggestions, clock);
  }

  /** One merge was made; resolving again finds one profile fewer. */
  private static final class MergedOne extends RuntimeException {
    static final MergedOne INSTANCE = new MergedOne();

    private MergedOne() {
      super("merged one profile", null, false, false);
    }
  }

  /** Resolves the event, writing whatever links, profiles and merges it calls for. */
  public Resolution resolve(CustomerEvent event) {
    return resolve(event, null);
  }

  /**
   * Resolves the event; {@code hint} is what batch linkage decided for its person (null: decide
   * here). An event none of whose identifiers is known yet is matched on its person when it comes
   * with a hint or carries a {@code customerId}: an unknown master-record key does not stop
   * matching; it joins the profile the person matches.
   */
  public Resolution resolve(CustomerEvent event, OfflineMatching.@Nullable Match hint) {
    return resolve(event, hint, PollContext.none());
  }

  /**
   * Looks up every identifier of a poll's events in one batch (those not cached) and loads the
   * profiles they lead to in another, for {@link #resolve(CustomerEvent, OfflineMatching.Match,
   * PollContext)}.
   */
  public PollContext prepare(List<CustomerEvent> events) {
    Set<String> keys = new LinkedHashSet<>();
    Map<String, ProfileId> cached = new HashMap<>();
    for (CustomerEvent event : events) {
      for (Identifier id : usableIdentifiers(event)) {
        if (keys.add(id.key())) {
          ProfileId hit = cache.get(id.key());
          if (hit != null) {
            cached.put(id.key(), hit);
          }
        }
      }
    }
    return PollContext.load(store, keys, cached);
  }

  /**
   * Resolves the event within a poll: reads what {@code poll} holds before asking the store, and
   * leaves a new profile or newly attached identifiers (of an event not matched on its person) as a
   * pending write of {@code poll}, which the pipeline stores with the events; until then they are
   * not cached.
   */
  public Resolution resolve(
      CustomerEvent event, OfflineMatching.@Nullable Match hint, PollContext poll) {
    List<Identifier> ids = usableIdentifiers(event);
    if (ids.isEmpty()) {
      return resolveOffline(event, hint == null ? offline.match(event) : hint);
    }
    boolean matchPerson =
        hint != null || ids.stream().anyMatch(i -> i.type() == IdentifierType.CUSTOMER_ID);
    PersonMatch person = matchPerson ? new PersonMatch(offline, hint) : null;
    ProfileId cached = cachedProfile(ids);
    if (cached != null) {
      return new Resolution.Resolved(cached);
    }
    ConcurrentChangeException lastRace = null;
    int attempts = 0;
    while (attempts < rules.maxAttempts()) {
      try {
        ProfileId id = attempt(event, ids, person, poll, attempts > 0);
        if (id == null) {
          return new Resolution.Dropped("an identifier of an erased profile");
        }
        return new Resolution.Resolved(id);
      } catch (MergedOne again) {
        // progress: the next try sees one profile fewer
      } catch (ConcurrentChangeException race) {
        attempts++;
        lastRace = race;
        ids.forEach(i -> cache.evict(i.key()));
        poll.forgetKeys(ids.stream().map(Identifier::key).toList());
      } catch (LinkRefusal refusal) {
        Identifier weakest = ids.getLast();
        audit.refused(event, refusal, weakest);
        ids = ids.subList(0, ids.size() - 1);
      }
    }
    throw new ConcurrentChangeException(
        "event " + event.messageId() + " lost " + attempts + " races in a row", lastRace);
  }

  /**
   * The profile when every identifier is cached and all point at it: nothing new to link, so the
   * event needs no store access here. The pipeline loads that profile anyway and follows a merge or
   * drops the event of an erased profile, so a stale entry cannot misroute it.
   */
  private @Nullable ProfileId cachedProfile(List<Identifier> ids) {
    ProfileId found = null;
    for (Identifier id : ids) {
      ProfileId cached = cache.get(id.key());
      if (cached == null || (found != null && !found.equals(cached))) {
        return null;
      }
      found = cached;
    }
    return found;
  }

  /**
   * Suggests for review that {@code profileId}, where {@code event}'s record went, and {@code
   * other} are one person: batch linkage found two records of one import alike, but not enough to
   * link them. Nothing when both went to one profile.
   */
  public void suggest(ProfileId profileId, CustomerEvent event, ProfileId other, double score) {
    if (!profileId.equals(other)) {
      audit.suggested(
          profileId,
          new OfflineMatching.Suggested(List.of(other), List.of(score)),
          event,
          "link-suggested#" + event.messageId() + "#" + other.value());
    }
  }

  /** Forgets cached links, e.g. after an unmerge or erasure in this instance. */
  public void evict(Set<String> keys) {
    keys.forEach(cache::evict);
  }

  /** The event's identifiers that may be used for matching, strongest first, no duplicates. */
  List<Identifier> usableIdentifiers(CustomerEvent event) {
    Set<Identifier> unique = new LinkedHashSet<>(event.identifiers());
    return unique.stream()
        .filter(i -> !rules.isBlocked(i.value()))
        .sorted(Comparator.comparingInt((Identifier i) -> rules.rank(i.type())))
        .collect(Collectors.toCollection(ArrayList::new));
  }

  private Resolution resolveOffline(CustomerEvent event, OfflineMatching.Match match) {
    return switch (match) {
      case OfflineMatching.NotMatchable n -> new Resolution.Dropped("no identifier to resolve by");
      case OfflineMatching.Linked linked -> {
        ProfileId id = follow(linked.profileId());
        yield id == null
            ? new Resolution.Dropped("the matching profile was erased")
            : new Resolution.Resolved(id);
      }
      case OfflineMatching.NoMatch n -> new Resolution.Resolved(createOffline(event));
      case OfflineMatching.Suggested suggested -> {
        ProfileId id = createOffline(event);
        audit.suggested(id, suggested, event);
        yield new Resolution.Resolved(id);
      }
    };
  }

  private ProfileId createOffline(CustomerEvent event) {
    ProfileId id = ProfileId.random();
    store.create(StoredProfile.create(id, clock.instant()));
    offline.remember(id, event);
    return id;
  }

  /** The active profile a (possibly merged) profile lives on in; null if it was erased. */
  private @Nullable ProfileId follow(ProfileId id) {
    ProfileId current = id;
    for (int i = 0; i < MAX_REDIRECTS; i++) {
      StoredProfile profile = store.loadProfile(current).orElse(null);
      if (profile == null || profile.status() == ProfileStatus.ERASED) {
        return null;
      }
      if (profile.isActive()) {
        return current;
      }
      current = profile.mergedInto();
      if (current == null) {
        return null;
      }
    }
    throw new IllegalStateException("profile " + id + " redirects more than " + MAX_REDIRECTS);
  }

  /** One try; null when the event must be dropped for an erased identifier. */
  private @Nullable ProfileId attempt(
      CustomerEvent event,
      List<Identifier> ids,
      @Nullable PersonMatch person,
      PollContext poll,
      boolean fresh) {
    Map<Identifier, ProfileId> linked = lookup(ids, poll);
    if (linked == null) {
      return null;
    }
    Map<ProfileId, StoredProfile> active = activeProfiles(linked, poll, fresh);
    boolean defer = poll.defers() && person == null;
    List<Identifier> unclaimed = ids.stream().filter(i -> !linked.containsKey(i)).toList();
    Instant now = clock.instant();
    if (active.isEmpty()) {
      OfflineMatching.Match match = person == null ? null : person.get(event);
      if (match instanceof OfflineMatching.Linked onPerson) {
        ProfileId matched = linkOnPerson(event, unclaimed, onPerson, now);
        if (matched != null) {
          return matched;
        }
        match =
            new OfflineMatching.Suggested(List.of(onPerson.profileId()), List.of(onPerson.score()));
      }
      limits.check(List.of(), unclaimed, Set.of());
      StoredProfile blank = StoredProfile.create(ProfileId.random(), now);
      List<LinkedIdentifier> claims = links(unclaimed, now, "event", event.messageId());
      if (defer) {
        poll.claim(blank, true, claims, event);
        return blank.profileId();
      }
      StoredProfile created = blank.withIdentifiers(claims);
      store.create(created);
      remember(unclaimed, created.profileId());
      offline.remember(created.profileId(), event);
      if (match instanceof OfflineMatching.Suggested suggested) {
        audit.suggested(created.profileId(), suggested, event);
      }
      return created.profileId();
    }
    if (active.size() == 1) {
      StoredProfile profile = active.values().iterator().next();
      limits.check(List.of(profile), unclaimed, Set.of(profile.profileId()));
      if (!unclaimed.isEmpty() && defer) {
        poll.claim(profile, false, links(unclaimed, now, "event", event.messageId()), null);
      } else if (!unclaimed.isEmpty()) {
        List<LinkedIdentifier> newLinks = links(unclaimed, now, "event", event.messageId());
        List<LinkedIdentifier> all = new ArrayList<>(profile.identifiers());
        all.addAll(newLinks);
        store.update(profile.withIdentifiers(all).nextVersion(now), newLinks);
        remember(unclaimed, profile.profileId());
      }
      offline.remember(profile.profileId(), event);
      return profile.profileId();
    }
    List<StoredProfile> ordered =
        active.values().stream()
            .sorted(
                Comparator.comparing(StoredProfile::createdAt)
                    .thenComparing(StoredProfile::profileId))
            .toList();
    limits.check(ordered, unclaimed, active.keySet());
    // One merge per try keeps each transaction small; the next try merges the next profile.
    StoredProfile survivor = ordered.get(0);
    StoredProfile merged = ordered.get(1);
    if (flushPending(poll, List.of(survivor.profileId(), merged.profileId()), now)) {
      throw MergedOne.INSTANCE; // stored now: merge them as stored
    }
    Identifier reason =
        ids.stream()
            .filter(i -> merged.profileId().equals(linked.get(i)))
            .findFirst()
            .orElseThrow();
    merge(survivor, merged, reason, event, now, poll);
    throw MergedOne.INSTANCE;
  }

  /**
   * Attaches the event's new identifiers to the profile its person matched ({@code how: match});
   * null when that profile is gone or the rules refuse the link (the caller then creates a profile
   * of its own and suggests the match for review instead).
   */
  private @Nullable ProfileId linkOnPerson(
      CustomerEvent event, List<Identifier> unclaimed, OfflineMatching.Linked linked, Instant now) {
    ProfileId target = follow(linked.profileId());
    StoredProfile profile = target == null ? null : store.loadProfile(target).orElse(null);
    if (profile == null) {
      return null;
    }
    try {
      limits.check(List.of(profile), unclaimed, Set.of(profile.profileId()));
    } catch (LinkRefusal refused) {
      log.info("event {}: person match refused: {}", event.messageId(), refused.reason());
      return null;
    }
    List<LinkedIdentifier> newLinks = links(unclaimed, now, "match", event.messageId());
    List<LinkedIdentifier> all = new ArrayList<>(profile.identifiers());
    all.addAll(newLinks);
    store.update(profile.withIdentifiers(all).nextVersion(now), newLinks);
    remember(unclaimed, profile.profileId());
    offline.remember(profile.profileId(), event);
    return profile.profileId();
  }

  private void merge(
      StoredProfile survivor,
      StoredProfile merged,
      Identifier reason,
      CustomerEvent event,
      Instant now,
      PollContext poll) {
    String why =
        "shared "
            + reason.type().wireName()
            + " "
            + Redaction.mask(reason)
            + " (event "
            + event.messageId()
            + ")";
    merger.merge(
        survivor,
        merged,
        new ProfileMerger.Reason(
            why,
            "merge",
            event.messageId(),
            AuditEntry.RESOLUTION,
            Map.of("identifierType", reason.type().wireName())),
        now);
    merged.identifierKeys().forEach(k -> cache.put(k, survivor.profileId()));
    poll.forget(List.of(survivor.profileId(), merged.profileId()));
    log.info("merged profile {} into {}: {}", merged.profileId(), survivor.profileId(), why);
  }

  /** Links of the identifiers; null when one of them is tombstoned by an erasure. */
  private @Nullable Map<Identifier, ProfileId> lookup(List<Identifier> ids, PollContext poll) {
    Map<Identifier, ProfileId> linked = new HashMap<>();
    List<String> missing = new ArrayList<>();
    Map<String, Identifier> byKey = new HashMap<>();
    for (Identifier id : ids) {
      byKey.put(id.key(), id);
      ProfileId cached = cache.get(id.key());
      PollContext.Lookup known = cached == null ? poll.lookup(id.key()) : null;
      if (cached != null) {
        linked.put(id, cached);
      } else if (known == null) {
        missing.add(id.key());
      } else if (known.link() != null && known.link().erased()) {
        return null;
      } else if (known.link() != null) {
        linked.put(id, known.link().profileId());
      }
    }
    if (!missing.isEmpty()) {
      for (IdentityLink link : store.findLinks(missing).values()) {
        if (link.erased()) {
          return null;
        }
        Identifier id = byKey.get(link.key());
        if (id != null) {
          linked.put(id, link.profileId());
          cache.put(link.key(), link.profileId());
        }
      }
    }
    return linked;
  }

  /**
   * The active profiles the links lead to, following merges (each entry of {@code linked} is
   * rewritten to the profile it leads to); links to erased profiles mean an erasure raced this
   * event: try again (the tombstone will be seen).
   */
  private Map<ProfileId, StoredProfile> activeProfiles(
      Map<Identifier, ProfileId> linked, PollContext poll, boolean fresh) {
    Map<ProfileId, StoredProfile> active = new TreeMap<>();
    Set<ProfileId> toLoad = new LinkedHashSet<>(linked.values());
    for (int hop = 0; !toLoad.isEmpty(); hop++) {
      if (hop > MAX_REDIRECTS) {
        throw new IllegalStateException("merge redirects do not end: " + toLoad);
      }
      Map<ProfileId, StoredProfile> loaded = poll.loadProfiles(store, toLoad, fresh);
      Set<ProfileId> next = new LinkedHashSet<>();
      for (ProfileId id : toLoad) {
        StoredProfile profile = loaded.get(id);
        if (profile == null || profile.status() == ProfileStatus.ERASED) {
          linked.forEach((identifier, pid) -> cache.evict(identifier.key()));
          throw new ConcurrentChangeException("profile " + id + " vanished while resolving", null);
        }
        if (profile.isActive()) {
          active.put(id, profile);
        } else if (profile.mergedInto() != null) {
          ProfileId into = profile.mergedInto();
          next.add(into);
          // the links now stand for the profile they lead to, so a merge can name its reason
          linked.replaceAll(
              (identifier, pid) -> {
                if (!pid.equals(id)) {
                  return pid;
                }
                cache.evict(identifier.key());
                return into;
              });
        }
      }
      next.removeAll(active.keySet());
      toLoad = next;
    }
    return active;
  }

  /**
   * Writes the pending writes of {@code ids} at once (a merge needs its profiles stored); true when
   * there were any.
   */
  private boolean flushPending(PollContext poll, List<ProfileId> ids, Instant now) {
    List<PollContext.PendingWrite> writes = poll.take(ids);
    for (PollContext.PendingWrite write : writes) {
      if (write.isNew()) {
        store.create(write.profile());
      } else {
        store.update(write.profile().nextVersion(now), write.newLinks());
      }
      confirm(write);
    }
    return !writes.isEmpty();
  }

  /**
   * Once a pending write is stored: caches its links, and offline matching remembers the person of
   * the events that created the profile.
   */
  public void confirm(PollContext.PendingWrite write) {
    ProfileId profileId = write.profile().profileId();
    write.newLinks().forEach(l -> cache.put(l.identifier().key(), profileId));
    write.creating().forEach(event -> offline.remember(profileId, event));
  }

  private void remember(List<Identifier> ids, ProfileId profileId) {
    ids.forEach(i -> cache.put(i.key(), profileId));
  }

  private static List<LinkedIdentifier> links(
      List<Identifier> ids, Instant now, String how, String messageId) {
    return ids.stream().map(i -> new LinkedIdentifier(i, now, how, messageId)).toList();
  }
}
