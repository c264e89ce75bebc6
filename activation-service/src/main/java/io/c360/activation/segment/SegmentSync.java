package io.c360.activation.segment;

import io.c360.activation.audience.Audience;
import io.c360.activation.audience.AudienceStore;
import io.c360.activation.profile.ActivationProfile;
import io.c360.activation.profile.ProfileDirectory;
import io.c360.activation.profile.ProfileId;
import io.c360.common.audience.AudienceMembershipChanged;
import io.c360.common.identifier.IdentifierType;
import io.c360.common.score.ScoresUpdated;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Keeps Segment's view of each customer current: audience entries and exits become {@code
 * audience_<key>: true|false} traits, score updates become {@code <model>_score} traits, and an
 * audience export sends {@code audience_<key>: true} for every member. The customer is identified
 * by the profile's userId, else its anonymousId; a profile with neither is skipped and counted.
 *
 * <p>Each call's messageId is derived from its cause, so a Kafka record processed twice sends the
 * same messageId twice, which Segment deduplicates.
 */
public final class SegmentSync {

  /** Profiles looked up and calls sent per round trip. */
  static final int CHUNK = 500;

  private final ProfileDirectory profiles;
  private final SegmentDestination destination;
  private final Clock clock;
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong skipped = new AtomicLong();

  public SegmentSync(ProfileDirectory profiles, SegmentDestination destination, Clock clock) {
    this.profiles = profiles;
    this.destination = destination;
    this.clock = clock;
  }

  /** The destination's name: {@code segment}, or {@code outbox} without a write key. */
  public String destination() {
    return destination.name();
  }

  /** Identify calls sent since start. */
  public long sentCount() {
    return sent.get();
  }

  /** Profiles skipped since start (no userId or anonymousId, or not found). */
  public long skippedCount() {
    return skipped.get();
  }

  /** Sends each entry or exit as {@code audience_<key>: true|false}. */
  public SyncResult membershipsChanged(List<AudienceMembershipChanged> changes) {
    List<Change> calls = new ArrayList<>(changes.size());
    for (AudienceMembershipChanged change : changes) {
      calls.add(
          new Change(
              new ProfileId(change.profileId()),
              id(
                  "audience",
                  change.audienceId(),
                  change.profileId(),
                  Boolean.toString(change.member()),
                  change.at().toString()),
              Map.of(SegmentTraits.audience(change.audienceKey()), change.member()),
              change.at()));
    }
    return send(calls);
  }

  /** Sends each new score as {@code <model>_score}; a removed score clears the trait (null). */
  public SyncResult scoresUpdated(List<ScoresUpdated> updates) {
    Instant now = clock.instant();
    List<Change> calls = new ArrayList<>(updates.size());
    for (ScoresUpdated update : updates) {
      Map<String, @Nullable Object> traits = new HashMap<>();
      traits.put(
          SegmentTraits.score(update.model()),
          update.score() == null ? null : update.score().score());
      String version =
          update.score() == null
              ? "removed"
              : update.score().modelVersion() + "@" + update.score().scoredAt();
      calls.add(
          new Change(
              new ProfileId(update.profileId()),
              id("score", update.profileId(), update.model(), version),
              traits,
              update.score() == null ? now : update.score().scoredAt()));
    }
    return send(calls);
  }

  /**
   * Sends {@code audience_<key>: true} for every current member of the audience.
   *
   * @param exportId makes the messageIds of this export distinct from earlier exports
   */
  public SyncResult exportAudience(Audience audience, AudienceStore store, String exportId) {
    String trait = SegmentTraits.audience(audience.key());
    return exportAudience(audience, store, exportId, member -> Map.of(trait, true));
  }

  /**
   * Sends every member of the audience with the traits {@code traitsOf} gives it (a campaign's
   * experiment marks its control group, for example).
   */
  public SyncResult exportAudience(
      Audience audience,
      AudienceStore store,
      String exportId,
      java.util.function.Function<ProfileId, Map<String, @Nullable Object>> traitsOf) {
    Instant now = clock.instant();
    SyncResult[] total = {new SyncResult(0, Map.of())};
    List<Change> chunk = new ArrayList<>(CHUNK);
    store.forEachMember(
        audience.id(),
        member -> {
          chunk.add(
              new Change(
                  member, id("export", exportId, member.value()), traitsOf.apply(member), now));
          if (chunk.size() == CHUNK) {
            total[0] = total[0].plus(send(chunk));
            chunk.clear();
          }
        });
    if (!chunk.isEmpty()) {
      total[0] = total[0].plus(send(chunk));
    }
    return total[0];
  }

  private record Change(
      ProfileId profile, String messageId, Map<String, @Nullable Object> traits, Instant at) {}

  private SyncResult send(List<Change> changes) {
    Map<String, Long> skips = new TreeMap<>();
    long count = 0;
    for (int from = 0; from < changes.size(); from += CHUNK) {
      List<Change> chunk = changes.subList(from, Math.min(changes.size(), from + CHUNK));
      Set<ProfileId> ids = new LinkedHashSet<>();
      chunk.forEach(c -> ids.add(c.profile()));
      Map<ProfileId, ActivationProfile> found = profiles.findAll(ids);
      List<IdentifyCall> calls = new ArrayList<>(chunk.size());
      for (Change change : chunk) {
        ActivationProfile profile = found.get(change.profile());
        if (profile == null) {
          skips.merge(SyncResult.PROFILE_NOT_FOUND, 1L, Long::sum);
          continue;
        }
        Optional<String> userId = profile.identifier(IdentifierType.USER_ID);
        Optional<String> anonymousId = profile.identifier(IdentifierType.ANONYMOUS_ID);
        if (userId.isEmpty() && anonymousId.isEmpty()) {
          skips.merge(SyncResult.NO_USER_ID, 1L, Long::sum);
          continue;
        }
        calls.add(
            new IdentifyCall(
                change.messageId(),
                change.profile().value(),
                userId.orElse(null),
                userId.isPresent() ? null : anonymousId.get(),
                new LinkedHashMap<>(change.traits()),
                change.at()));
      }
      if (!calls.isEmpty()) {
        destination.identify(calls);
      }
      count += calls.size();
    }
    sent.addAndGet(count);
    skipped.addAndGet(skips.values().stream().mapToLong(Long::longValue).sum());
    return new SyncResult(count, skips);
  }

  private static String id(String... parts) {
    return UUID.nameUUIDFromBytes(String.join("|", parts).getBytes(StandardCharsets.UTF_8))
        .toString();
  }
}
