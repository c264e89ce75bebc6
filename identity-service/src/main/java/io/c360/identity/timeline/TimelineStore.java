package io.c360.identity.timeline;

import io.c360.identity.resolution.ProfileId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The {@code timeline} table: profileId + eventKey to the resolved event. */
public interface TimelineStore {

  /** Which of the given keys of each profile are on its timeline already (batched reads). */
  java.util.Map<ProfileId, Set<String>> existingKeys(
      java.util.Map<ProfileId, ? extends Collection<String>> eventKeys);

  /** Writes entries (in batches); writing an entry again leaves one. */
  void append(Collection<TimelineEntry> entries);

  /**
   * Entries with {@code from <= time < to}, oldest first, at most {@code limit}, after a cursor.
   */
  TimelinePage page(
      ProfileId profileId, Instant from, Instant to, int limit, @Nullable String after);

  /** Every entry of the profile, oldest first. */
  List<TimelineEntry> all(ProfileId profileId);

  /** Moves entries to another profile: written there, then deleted here. */
  void move(Collection<TimelineEntry> entries, ProfileId to);

  /** Deletes every entry of the profile; returns how many there were. */
  int deleteAll(ProfileId profileId);
}
