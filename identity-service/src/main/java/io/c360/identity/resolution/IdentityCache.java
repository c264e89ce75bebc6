package io.c360.identity.resolution;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Hot identity links in memory. A cached link is only a hint: the profile it names is always
 * loaded, and a profile that was merged or erased since is followed or refused there, so a stale
 * entry can't misroute an event through a merge or erasure. Entries also expire after {@code ttl},
 * which bounds how long another instance's unmerge can go unseen. Least recently used entries are
 * dropped past {@code capacity}.
 */
final class IdentityCache {

  private record Cached(ProfileId profileId, Instant cachedAt) {}

  private final int capacity;
  private final Duration ttl;
  private final Clock clock;
  private final LinkedHashMap<String, Cached> entries;

  IdentityCache(int capacity, Duration ttl, Clock clock) {
    this.capacity = capacity;
    this.ttl = ttl;
    this.clock = clock;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
            return size() > IdentityCache.this.capacity;
          }
        };
  }

  synchronized @Nullable ProfileId get(String key) {
    if (capacity == 0) {
      return null;
    }
    Cached entry = entries.get(key);
    if (entry == null) {
      return null;
    }
    if (entry.cachedAt().plus(ttl).isBefore(clock.instant())) {
      entries.remove(key);
      return null;
    }
    return entry.profileId();
  }

  synchronized void put(String key, ProfileId profileId) {
    if (capacity > 0) {
      entries.put(key, new Cached(profileId, clock.instant()));
    }
  }

  synchronized void evict(String key) {
    entries.remove(key);
  }

  synchronized void clear() {
    entries.clear();
  }
}
