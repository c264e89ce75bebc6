package io.c360.identity.resolution;

import io.c360.common.event.CustomerEvent;
import io.c360.common.profile.LinkedIdentifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What resolving one poll of events knows and has yet to write. It starts with every identifier of
 * the poll looked up at once (BatchGetItem, 100 keys a request) and the profiles they lead to
 * loaded at once; resolution then reads from it instead of the store, and a new profile or newly
 * attached identifiers are not written at once but kept here as a <em>pending write</em>: the
 * pipeline folds the poll's events into the same write and stores it with the identifier claims,
 * many profiles per TransactWriteItems. Nothing here is trusted by the store: every write is
 * conditional on the version read and on the identifiers being unclaimed, so a stale entry costs a
 * lost race, never a fork. Thread-safe: a poll's customers are resolved in parallel.
 */
public final class PollContext {

  /**
   * A profile's write that resolution left to the pipeline: the profile with its new identifiers,
   * whether it is new, the identifiers to claim, and the events that created it (offline matching
   * remembers their person once the profile is stored).
   */
  public record PendingWrite(
      StoredProfile profile,
      boolean isNew,
      List<LinkedIdentifier> newLinks,
      List<CustomerEvent> creating) {

    public PendingWrite {
      newLinks = List.copyOf(newLinks);
      creating = List.copyOf(creating);
    }
  }

  private final Set<String> lookedUp;
  private final Map<String, IdentityLink> links;
  private final Map<ProfileId, StoredProfile> profiles;
  private final Map<ProfileId, PendingWrite> pending = new LinkedHashMap<>();
  private final Map<String, ProfileId> claimed = new HashMap<>();
  private final boolean defers;

  private PollContext(
      Set<String> lookedUp,
      Map<String, IdentityLink> links,
      Map<ProfileId, StoredProfile> profiles,
      boolean defers) {
    this.lookedUp = lookedUp;
    this.links = links;
    this.profiles = profiles;
    this.defers = defers;
  }

  /**
   * Looks up {@code keys} not in {@code cached} in one batch, then loads every profile they and the
   * cached links lead to in one batch.
   */
  static PollContext load(
      IdentityStore store, Collection<String> keys, Map<String, ProfileId> cached) {
    Set<String> toFind = new HashSet<>(keys);
    toFind.removeAll(cached.keySet());
    Map<String, IdentityLink> found =
        toFind.isEmpty() ? new HashMap<>() : new HashMap<>(store.findLinks(toFind));
    Set<ProfileId> ids = new HashSet<>(cached.values());
    found.values().stream().filter(l -> !l.erased()).forEach(l -> ids.add(l.profileId()));
    Map<ProfileId, StoredProfile> loaded =
        ids.isEmpty() ? new HashMap<>() : new HashMap<>(store.loadProfiles(ids));
    return new PollContext(toFind, found, loaded, true);
  }

  /** A context that knows nothing: everything is read from the store (and nothing deferred). */
  static PollContext none() {
    return new PollContext(new HashSet<>(), new HashMap<>(), new HashMap<>(), false);
  }

  /** Whether new profiles and links are left to the pipeline (false: written at once). */
  boolean defers() {
    return defers;
  }

  /** After a lost race: the keys are read from the store again (their pending claims stay). */
  synchronized void forgetKeys(Collection<String> keys) {
    for (String key : keys) {
      lookedUp.remove(key);
      links.remove(key);
    }
  }

  /**
   * The link of {@code key} as this poll knows it: a claim pending here, or what the batched lookup
   * found; {@code known} is false when the key was not looked up (ask the store).
   */
  synchronized @Nullable Lookup lookup(String key) {
    ProfileId pendingClaim = claimed.get(key);
    if (pendingClaim != null) {
      return new Lookup(IdentityLink.to(key, pendingClaim));
    }
    if (!lookedUp.contains(key)) {
      return null;
    }
    return new Lookup(links.get(key));
  }

  /** The answer of {@link #lookup}: the link, or null when the key is unclaimed. */
  record Lookup(@Nullable IdentityLink link) {}

  /** The profiles this poll holds (pending state included) among {@code ids}. */
  synchronized Map<ProfileId, StoredProfile> profiles(Collection<ProfileId> ids) {
    Map<ProfileId, StoredProfile> known = new HashMap<>();
    for (ProfileId id : ids) {
      StoredProfile profile = profiles.get(id);
      if (profile != null) {
        known.put(id, profile);
      }
    }
    return known;
  }

  private synchronized Map<ProfileId, StoredProfile> pendingProfiles(Collection<ProfileId> ids) {
    Map<ProfileId, StoredProfile> known = new HashMap<>();
    for (ProfileId id : ids) {
      PendingWrite write = pending.get(id);
      if (write != null) {
        known.put(id, profiles.get(id));
      }
    }
    return known;
  }

  /** Keeps loaded profiles, except over one with a pending write (its state is the pending one). */
  synchronized void remember(Collection<StoredProfile> loaded) {
    loaded.stream()
        .filter(p -> !pending.containsKey(p.profileId()))
        .forEach(p -> profiles.put(p.profileId(), p));
  }

  /**
   * Forgets profiles that changed in the store (a merge); one with a pending write keeps it, whose
   * version check then fails and sends its events back through resolution.
   */
  synchronized void forget(Collection<ProfileId> ids) {
    ids.stream().filter(id -> !pending.containsKey(id)).forEach(profiles::remove);
  }

  /**
   * Claims {@code links} for a new profile, or for {@code profile} as this poll knows it, as a
   * pending write; a race within the poll (another customer task claimed one of the keys, or
   * changed the profile, first) throws {@link ConcurrentChangeException}, and resolving again sees
   * the claim.
   */
  synchronized void claim(
      StoredProfile profile,
      boolean isNew,
      List<LinkedIdentifier> links,
      @Nullable CustomerEvent creating) {
    for (LinkedIdentifier link : links) {
      if (claimed.containsKey(link.identifier().key())) {
        throw new ConcurrentChangeException(
            "identifier claimed by another event of this poll", null);
      }
    }
    PendingWrite before = pending.get(profile.profileId());
    StoredProfile current = profiles.get(profile.profileId());
    if (!isNew && current != null && !current.equals(profile)) {
      throw new ConcurrentChangeException(
          "profile " + profile.profileId() + " changed in this poll", null);
    }
    List<LinkedIdentifier> all = new ArrayList<>(profile.identifiers());
    all.addAll(links);
    StoredProfile next = profile.withIdentifiers(all);
    List<LinkedIdentifier> newLinks = new ArrayList<>();
    if (before != null) {
      newLinks.addAll(before.newLinks());
    }
    newLinks.addAll(links);
    boolean stillNew = isNew || (before != null && before.isNew());
    List<CustomerEvent> created = new ArrayList<>();
    if (before != null) {
      created.addAll(before.creating());
    }
    if (creating != null) {
      created.add(creating);
    }
    pending.put(profile.profileId(), new PendingWrite(next, stillNew, newLinks, created));
    profiles.put(profile.profileId(), next);
    links.forEach(l -> claimed.put(l.identifier().key(), profile.profileId()));
  }

  /** The pending write of a profile, if resolution left one. */
  public synchronized @Nullable PendingWrite pending(ProfileId id) {
    return pending.get(id);
  }

  /** Removes and returns the pending writes of {@code ids} (to write them at once). */
  synchronized List<PendingWrite> take(Collection<ProfileId> ids) {
    List<PendingWrite> taken = new ArrayList<>();
    for (ProfileId id : ids) {
      PendingWrite write = pending.remove(id);
      if (write != null) {
        taken.add(write);
        write.newLinks().forEach(l -> claimed.remove(l.identifier().key()));
        profiles.remove(id);
      }
    }
    return taken;
  }

  /** The profiles the pipeline applies events to: as this poll holds them, the rest loaded. */
  public Map<ProfileId, StoredProfile> loadProfiles(
      IdentityStore store, Collection<ProfileId> ids) {
    return loadProfiles(store, ids, false);
  }

  /**
   * As {@link #loadProfiles(IdentityStore, Collection)}; {@code fresh} (after a lost race) reads
   * every profile without a pending write from the store again.
   */
  Map<ProfileId, StoredProfile> loadProfiles(
      IdentityStore store, Collection<ProfileId> ids, boolean fresh) {
    Map<ProfileId, StoredProfile> known = fresh ? pendingProfiles(ids) : profiles(ids);
    Set<ProfileId> missing = new HashSet<>(ids);
    missing.removeAll(known.keySet());
    if (!missing.isEmpty()) {
      Map<ProfileId, StoredProfile> loaded = store.loadProfiles(missing);
      remember(loaded.values());
      known.putAll(loaded);
    }
    return known;
  }
}
