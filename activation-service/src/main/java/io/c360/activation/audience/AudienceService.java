package io.c360.activation.audience;

import io.c360.activation.profile.ActivationProfile;
import io.c360.activation.profile.ProfileDirectory;
import io.c360.activation.profile.ProfileId;
import io.c360.activation.profile.ProfileViewObserver;
import io.c360.common.audience.AudienceMembershipChanged;
import io.c360.platform.problem.ApiProblem;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Audiences and their membership. A new or refreshed audience is computed over every active profile
 * in the background; between computations, each changed profile (new events, new scores, a merge,
 * an erasure) is re-evaluated against every audience, so membership stays current. Each entry and
 * exit is stored and announced.
 */
@Service
public class AudienceService implements ProfileViewObserver {

  private static final Logger log = LoggerFactory.getLogger(AudienceService.class);
  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,39}");

  private final AudienceStore store;
  private final ProfileDirectory profiles;
  private final MembershipEvents events;
  private final ExecutorService computations;
  private final Clock clock;
  private final Set<AudienceId> computing = ConcurrentHashMap.newKeySet();
  private final AtomicReference<List<Audience>> audiences = new AtomicReference<>();

  AudienceService(
      AudienceStore store,
      ProfileDirectory profiles,
      MembershipEvents events,
      @Qualifier("audienceComputations") ExecutorService computations,
      Clock clock) {
    this.store = store;
    this.profiles = profiles;
    this.events = events;
    this.computations = computations;
    this.clock = clock;
  }

  /**
   * What a marketer sends to create an audience (the request body of {@code POST /v1/audiences}): a
   * key (the trait name), a name and a rule; missing parts are reported, not assumed.
   */
  public record Definition(@Nullable String key, @Nullable String name, @Nullable JsonNode rule) {}

  /** Creates an audience and starts computing its members. */
  public Audience create(Definition definition) {
    List<String> problems = new ArrayList<>();
    if (definition.key() == null || !KEY.matcher(definition.key()).matches()) {
      problems.add(
          "key: must be 1-40 lower-case letters, digits or _ starting with a letter (it becomes"
              + " the trait audience_<key>), got '"
              + definition.key()
              + "'");
    }
    if (definition.name() == null || definition.name().isBlank()) {
      problems.add("name: must not be blank");
    }
    AudienceRule rule = null;
    if (definition.rule() == null || definition.rule().isNull()) {
      problems.add("rule: missing");
    } else {
      try {
        rule = AudienceRules.parse(definition.rule());
      } catch (InvalidRuleException e) {
        e.problems().forEach(p -> problems.add("rule" + p.substring(1)));
      }
    }
    if (!problems.isEmpty()) {
      throw ApiProblem.badRequest("invalid audience: " + String.join("; ", problems));
    }
    Audience audience =
        new Audience(
            new AudienceId("aud-" + UUID.randomUUID().toString().substring(0, 13)),
            definition.key(),
            definition.name().strip(),
            rule,
            clock.instant(),
            0,
            null);
    if (!store.create(audience)) {
      String holder =
          store.list().stream()
              .filter(a -> a.key().equals(definition.key()))
              .map(a -> " (audience " + a.id() + ", '" + a.name() + "')")
              .findFirst()
              .orElse("");
      throw new ApiProblem(
          HttpStatus.CONFLICT,
          "an audience with key '"
              + definition.key()
              + "' exists already"
              + holder
              + "; pick another key or use that audience");
    }
    audiences.set(null);
    refresh(audience.id());
    return audience;
  }

  public Audience get(AudienceId id) {
    return store
        .find(id)
        .orElseThrow(() -> ApiProblem.notFound("no audience with id '" + id + "'"));
  }

  public List<Audience> list() {
    return store.list();
  }

  public boolean isComputing(AudienceId id) {
    return computing.contains(id);
  }

  /** Starts recomputing the audience over every profile unless that is under way already. */
  public void refresh(AudienceId id) {
    Audience audience = get(id);
    if (computing.add(id)) {
      computations.execute(
          () -> {
            try {
              compute(audience);
            } catch (RuntimeException e) {
              log.error("computing audience {} failed", id, e);
            } finally {
              computing.remove(id);
            }
          });
    }
  }

  /**
   * How many active profiles a rule would select now, without creating an audience: what a marketer
   * sees while editing a rule. Problems in the rule are reported as for {@link #create}.
   */
  public long estimate(@Nullable JsonNode ruleJson) {
    if (ruleJson == null || ruleJson.isNull()) {
      throw ApiProblem.badRequest("invalid rule: rule: missing");
    }
    AudienceRule rule;
    try {
      rule = AudienceRules.parse(ruleJson);
    } catch (InvalidRuleException e) {
      throw ApiProblem.badRequest(
          "invalid rule: "
              + String.join(
                  "; ", e.problems().stream().map(p -> "rule" + p.substring(1)).toList()));
    }
    Instant now = clock.instant();
    long[] count = {0};
    profiles.forEachActive(
        p -> {
          if (rule.matches(p, now)) {
            count[0]++;
          }
        });
    return count[0];
  }

  /** Computes the audience over every active profile now, on the calling thread. */
  public void compute(Audience audience) {
    Instant now = clock.instant();
    Set<ProfileId> matching = new HashSet<>();
    profiles.forEachActive(
        p -> {
          if (audience.rule().matches(p, now)) {
            matching.add(p.id());
          }
        });
    Set<ProfileId> current = new HashSet<>();
    store.forEachMember(audience.id(), current::add);
    List<AudienceMembershipChanged> changes = new ArrayList<>();
    for (ProfileId id : matching) {
      if (!current.contains(id) && store.addMember(audience.id(), id, now)) {
        changes.add(change(audience, id, true, now));
      }
    }
    for (ProfileId id : current) {
      if (!matching.contains(id) && store.removeMember(audience.id(), id)) {
        changes.add(change(audience, id, false, now));
      }
    }
    events.publish(changes);
    store.recordComputed(audience.id(), now);
    log.info(
        "audience {} computed: {} members, {} changes",
        audience.key(),
        matching.size(),
        changes.size());
  }

  /**
   * Re-evaluates changed profiles, as the profile view now shows them, against every audience (new
   * snapshots, scores, merges, erasures): a profile the view no longer shows leaves every audience.
   * Memberships are read in one batch; only entries and exits are written and announced, so calling
   * it again with the same profiles changes nothing.
   */
  @Override
  public void profilesChanged(Map<ProfileId, Optional<ActivationProfile>> current) {
    if (current.isEmpty()) {
      return;
    }
    List<Audience> all = audiences();
    if (all.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    Set<AudienceStore.Membership> members =
        store.memberships(all.stream().map(Audience::id).toList(), current.keySet());
    List<AudienceMembershipChanged> changes = new ArrayList<>();
    current.forEach(
        (id, profile) -> {
          for (Audience audience : all) {
            boolean matches = profile.filter(p -> audience.rule().matches(p, now)).isPresent();
            if (matches == members.contains(new AudienceStore.Membership(audience.id(), id))) {
              continue;
            }
            boolean changed =
                matches
                    ? store.addMember(audience.id(), id, now)
                    : store.removeMember(audience.id(), id);
            if (changed) {
              changes.add(change(audience, id, matches, now));
            }
          }
        });
    events.publish(changes);
  }

  private List<Audience> audiences() {
    List<Audience> cached = audiences.get();
    if (cached == null) {
      cached = store.list();
      audiences.set(cached);
    }
    return cached;
  }

  /** Forgets the cached audience list once a minute (another instance may have created one). */
  @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
  public void reloadAudiences() {
    audiences.set(null);
  }

  private static AudienceMembershipChanged change(
      Audience audience, ProfileId id, boolean member, Instant at) {
    return new AudienceMembershipChanged(
        audience.id().value(), audience.key(), id.value(), member, at);
  }
}
