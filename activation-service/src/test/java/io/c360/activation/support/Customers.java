package io.c360.activation.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.activation.profile.ActivationProfile;
import io.c360.activation.profile.ProfileId;
import io.c360.activation.profile.ProfileViewStore;
import io.c360.common.event.CustomerEvent;
import io.c360.common.event.EventType;
import io.c360.common.identifier.Identifier;
import io.c360.common.identifier.IdentifierType;
import io.c360.common.json.EventJson;
import io.c360.common.profile.ComputedTraits;
import io.c360.common.profile.IdentityChange;
import io.c360.common.profile.LinkedIdentifier;
import io.c360.common.profile.ProfileErased;
import io.c360.common.profile.ProfileSnapshot;
import io.c360.common.profile.ResolvedEvent;
import io.c360.common.profile.TraitValue;
import io.c360.common.score.ProfileScore;
import io.c360.common.score.ScoresUpdated;
import io.c360.common.topic.Topics;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Customers of one test, published as identity-service and scoring-service publish them: {@code
 * ProfileSnapshot}s on {@code c360.profiles.v1}, {@code ScoresUpdated} on {@code c360.scores.v1},
 * merges on {@code c360.identity-merges.v1}, erasures on {@code c360.erasures.v1} (with identity's
 * tombstone on the profiles topic), on the devstack's real broker; each call returns once
 * activation's profile view shows the change. Every customer carries the test's {@code cohort}
 * trait, so audiences can be limited to one test's customers.
 */
public final class Customers implements AutoCloseable {

  private static final JsonMapper JSON = EventJson.mapper();
  private static final Duration VIEW_TIMEOUT = Duration.ofSeconds(30);

  private final ProfileViewStore view;
  private final ProfileTopics topics = new ProfileTopics();
  private final String cohort = "cohort-" + UUID.randomUUID().toString().substring(0, 8);
  private final Map<String, ProfileSnapshot> snapshots = new ConcurrentHashMap<>();

  public Customers(ProfileViewStore view) {
    this.view = view;
  }

  /** The trait value that marks this test's customers. */
  public String cohort() {
    return cohort;
  }

  /** A rule condition that keeps an audience to this test's customers. */
  public String cohortCondition() {
    return "{\"field\":\"traits.cohort\",\"op\":\"eq\",\"value\":\"" + cohort + "\"}";
  }

  /** What a test customer looks like; null fields are left out of the profile. */
  public static final class Spec {
    private @Nullable String email;
    private @Nullable String phone;
    private @Nullable String userId;
    private @Nullable String firstName;
    private final Map<String, Boolean> consent = new HashMap<>();
    private @Nullable Integer daysSinceLastOrder;
    private final Map<String, Double> scores = new HashMap<>();

    public Spec email(String email) {
      this.email = email;
      return this;
    }

    public Spec phone(String phone) {
      this.phone = phone;
      return this;
    }

    public Spec userId(String userId) {
      this.userId = userId;
      return this;
    }

    public Spec firstName(String firstName) {
      this.firstName = firstName;
      return this;
    }

    public Spec consent(String channel, boolean granted) {
      consent.put(channel, granted);
      return this;
    }

    public Spec lastOrderDaysAgo(int days) {
      this.daysSinceLastOrder = days;
      return this;
    }

    public Spec score(String model, double value) {
      scores.put(model, value);
      return this;
    }
  }

  public static Spec customer() {
    return new Spec();
  }

  /**
   * Publishes the profile's first snapshot and its scores, and waits until the view shows them;
   * returns its id.
   */
  public String add(Spec spec) {
    return add("p-" + UUID.randomUUID(), spec);
  }

  /** As {@link #add(Spec)}, for a profile id chosen by the test. */
  public String add(String id, Spec spec) {
    ProfileSnapshot snapshot = snapshot(id, 1, spec, Instant.now());
    publish(snapshot);
    spec.scores.forEach(
        (model, value) -> topics.send(Topics.SCORES, id, scoreUpdate(id, model, value)));
    awaitView(
        id,
        p ->
            p.scores().entrySet().containsAll(spec.scores.entrySet())
                && p.trait("cohort").isPresent());
    return id;
  }

  /**
   * Writes the profile straight into the view, as if the instance stopped after writing the view
   * and before audiences re-evaluated the profile: no audience hears of it until it is recomputed.
   */
  public String addQuietly(Spec spec) {
    String id = "p-" + UUID.randomUUID();
    ProfileSnapshot snapshot = snapshot(id, 1, spec, Instant.now());
    snapshots.put(id, snapshot);
    view.applySnapshot(snapshot);
    spec.scores.forEach(
        (model, value) -> view.applyScore(new ProfileId(id), model, value, Instant.now()));
    return id;
  }

  /** Publishes a newer snapshot of the profile with another first name; waits for the view. */
  public ProfileSnapshot rename(String profileId, String firstName) {
    ProfileSnapshot next = withFirstName(snapshot(profileId), firstName, 1);
    publish(next);
    awaitView(profileId, p -> p.trait("firstName").equals(Optional.of(firstName)));
    return next;
  }

  /** The latest snapshot this test published of the profile. */
  public ProfileSnapshot snapshot(String profileId) {
    ProfileSnapshot snapshot = snapshots.get(profileId);
    assertThat(snapshot).as("a snapshot of " + profileId).isNotNull();
    return snapshot;
  }

  /** A copy of the snapshot with another first name and its version moved by {@code versions}. */
  public static ProfileSnapshot withFirstName(
      ProfileSnapshot snapshot, String firstName, int versions) {
    Map<String, TraitValue> traits = new HashMap<>(snapshot.traits());
    traits.put("firstName", trait(firstName, Instant.now()));
    return new ProfileSnapshot(
        snapshot.profileId(),
        snapshot.version() + versions,
        snapshot.createdAt(),
        Instant.now(),
        snapshot.identifiers(),
        traits,
        snapshot.consent(),
        snapshot.computed(),
        snapshot.mergedProfileIds(),
        null);
  }

  /** Publishes a snapshot as identity-service does, without waiting for the view. */
  public void publish(ProfileSnapshot snapshot) {
    snapshots.merge(
        snapshot.profileId(), snapshot, (old, now) -> now.version() >= old.version() ? now : old);
    topics.send(Topics.PROFILES, snapshot.profileId(), JSON.writeValueAsString(snapshot));
  }

  /** Publishes a score as scoring-service does and waits until the view shows it. */
  public void score(String profileId, String model, double value) {
    topics.send(Topics.SCORES, profileId, scoreUpdate(profileId, model, value));
    awaitView(profileId, p -> Double.valueOf(value).equals(p.scores().get(model)));
  }

  /** Publishes a score computed at {@code scoredAt} (as a late or redelivered record would be). */
  public void publishScore(String profileId, String model, double value, Instant scoredAt) {
    topics.send(
        Topics.SCORES,
        profileId,
        JSON.writeValueAsString(
            new ScoresUpdated(
                profileId, model, new ProfileScore(model, 1, value, scoredAt, List.of()))));
  }

  /** Publishes that the profile's score was removed, as scoring-service does. */
  public void removeScore(String profileId, String model) {
    topics.send(
        Topics.SCORES,
        profileId,
        JSON.writeValueAsString(new ScoresUpdated(profileId, model, null)));
  }

  /**
   * Erases the profile as identity-service does (the erasure record, then a tombstone on the
   * profiles topic) and waits until the view no longer shows it.
   */
  public void erase(String profileId) {
    topics.send(
        Topics.ERASURES,
        profileId,
        JSON.writeValueAsString(
            new ProfileErased(profileId, List.of(), Instant.now(), "test-admin")));
    topics.send(Topics.PROFILES, profileId, null);
    awaitGone(profileId);
  }

  /**
   * Erases the profile from the view only, as if the instance stopped after deleting the view and
   * before the audiences heard of it (the erasure record is redelivered later).
   */
  public void eraseQuietly(String profileId) {
    view.erase(new ProfileId(profileId), Instant.now());
  }

  /** An Order Completed event of the profile, as identity-service publishes resolved events. */
  public void ordered(String profileId, String messageId, BigDecimal revenue, Instant at) {
    ordered(profileId, messageId, Map.of("orderId", "o-" + messageId, "revenue", revenue), at);
  }

  /** An Order Completed event with the given properties, as identity-service publishes it. */
  public void ordered(
      String profileId, String messageId, Map<String, Object> properties, Instant at) {
    CustomerEvent event =
        new CustomerEvent(
            messageId,
            EventType.TRACK,
            "Order Completed",
            null,
            null,
            null,
            null,
            null,
            null,
            properties,
            null,
            null,
            at,
            null,
            null,
            at,
            "pos",
            List.of());
    topics.send(
        Topics.RESOLVED_EVENTS,
        profileId,
        JSON.writeValueAsString(new ResolvedEvent(profileId, event)));
  }

  /**
   * Merges {@code merged} into {@code survivor} as identity-service announces it, and waits until
   * the view no longer shows the merged profile.
   */
  public void merge(String survivor, String merged) {
    topics.send(
        Topics.IDENTITY_MERGES, survivor, mergeRecord(IdentityChange.MERGED, survivor, merged));
    awaitGone(merged);
  }

  /**
   * Splits {@code merged} back out of {@code survivor} as identity-service does: the unmerge record
   * and a new snapshot of the restored profile (its version one above its last). Waits until the
   * view shows it again.
   */
  public void unmerge(String survivor, String merged) {
    ProfileSnapshot last = snapshot(merged);
    ProfileSnapshot restored =
        withFirstName(
            last,
            last.traits().containsKey("firstName")
                ? String.valueOf(last.traits().get("firstName").value())
                : "Restored",
            1);
    topics.send(
        Topics.IDENTITY_MERGES, survivor, mergeRecord(IdentityChange.UNMERGED, survivor, merged));
    publish(restored);
    awaitView(merged, p -> true);
  }

  /** Waits until activation has processed every record this test published. */
  public void awaitProcessed() {
    topics.awaitConsumed();
  }

  /** Waits until the view shows the profile as {@code expected} says. */
  public ActivationProfile awaitView(String profileId, Predicate<ActivationProfile> expected) {
    long deadline = System.nanoTime() + VIEW_TIMEOUT.toNanos();
    Optional<ActivationProfile> last = Optional.empty();
    while (System.nanoTime() < deadline) {
      last = view.find(new ProfileId(profileId));
      if (last.isPresent() && expected.test(last.get())) {
        return last.get();
      }
      pause();
    }
    throw new AssertionError(
        "the profile view never showed " + profileId + " as expected: " + last);
  }

  /** Waits until the view no longer shows the profile. */
  public void awaitGone(String profileId) {
    long deadline = System.nanoTime() + VIEW_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (view.find(new ProfileId(profileId)).isEmpty()) {
        return;
      }
      pause();
    }
    throw new AssertionError("the profile view still shows " + profileId);
  }

  private ProfileSnapshot snapshot(String id, long version, Spec spec, Instant now) {
    List<LinkedIdentifier> identifiers = new ArrayList<>();
    if (spec.userId != null) {
      identifiers.add(link(IdentifierType.USER_ID, spec.userId, now));
    }
    if (spec.email != null) {
      identifiers.add(link(IdentifierType.EMAIL, spec.email, now));
    }
    if (spec.phone != null) {
      identifiers.add(link(IdentifierType.PHONE, spec.phone, now));
    }
    Map<String, TraitValue> traits = new HashMap<>();
    traits.put("cohort", trait(cohort, now));
    if (spec.firstName != null) {
      traits.put("firstName", trait(spec.firstName, now));
    }
    Map<String, TraitValue> consent = new HashMap<>();
    spec.consent.forEach((channel, granted) -> consent.put(channel, trait(granted, now)));
    Instant lastOrder =
        spec.daysSinceLastOrder == null
            ? null
            : now.minus(Duration.ofDays(spec.daysSinceLastOrder));
    ComputedTraits computed =
        new ComputedTraits(
            now,
            now.minus(Duration.ofDays(400)),
            now.minus(Duration.ofDays(1)),
            lastOrder == null ? 0 : 3,
            lastOrder == null ? BigDecimal.ZERO : new BigDecimal("120.00"),
            lastOrder == null ? null : new BigDecimal("40.00"),
            lastOrder,
            0,
            1,
            2,
            0,
            List.of(),
            List.of("web"),
            "shoes",
            null,
            0,
            "none",
            null);
    return new ProfileSnapshot(
        id, version, now, now, identifiers, traits, consent, computed, List.of(), null);
  }

  private static String scoreUpdate(String profileId, String model, double value) {
    return JSON.writeValueAsString(
        new ScoresUpdated(
            profileId, model, new ProfileScore(model, 1, value, Instant.now(), List.of())));
  }

  private static String mergeRecord(String type, String survivor, String merged) {
    return JSON.writeValueAsString(
        new IdentityChange(type, survivor, merged, List.of(), "test", Instant.now(), null));
  }

  private static LinkedIdentifier link(IdentifierType type, String value, Instant at) {
    return new LinkedIdentifier(new Identifier(type, value), at, "event", "m-" + UUID.randomUUID());
  }

  private static TraitValue trait(Object value, Instant at) {
    return new TraitValue(value, "test", at);
  }

  private static void pause() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    topics.close();
  }
}
