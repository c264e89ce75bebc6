package io.c360.identity.timeline;

import io.c360.common.event.CustomerEvent;
import io.c360.identity.resolution.ProfileId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One event on a profile's timeline. {@code eventKey} ({@code time#messageId}, the time in a
 * fixed-width UTC format) sorts by time and makes the same event land on the same item twice.
 * {@code origin} is the profile the event was first resolved to, kept through merges so that an
 * unmerge can give the event back.
 */
public record TimelineEntry(
    ProfileId profileId, String eventKey, ProfileId origin, CustomerEvent event) {

  private static final DateTimeFormatter KEY_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  public static TimelineEntry of(ProfileId profileId, CustomerEvent event) {
    return new TimelineEntry(profileId, keyOf(event), profileId, event);
  }

  public static String keyOf(CustomerEvent event) {
    return timeKey(event.timestamp()) + "#" + event.messageId();
  }

  /** The fixed-width time prefix of keys at {@code time}, for range queries. */
  public static String timeKey(Instant time) {
    return KEY_TIME.format(time);
  }

  public TimelineEntry movedTo(ProfileId newProfile) {
    return new TimelineEntry(newProfile, eventKey, origin, event);
  }
}
