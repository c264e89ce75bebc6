package io.c360.identity.review;

import io.c360.common.profile.IdentityChange;
import io.c360.identity.fuzzy.OfflinePerson;
import io.c360.identity.linkage.ComparablePerson;
import io.c360.identity.linkage.Comparison;
import io.c360.identity.linkage.Field;
import io.c360.identity.lookup.ProfileLookup;
import io.c360.identity.pipeline.ChangePublisher;
import io.c360.identity.resolution.AuditEntry;
import io.c360.identity.resolution.IdentityResolver;
import io.c360.identity.resolution.IdentityStore;
import io.c360.identity.resolution.LinkSuggestions;
import io.c360.identity.resolution.ProfileId;
import io.c360.identity.resolution.ProfileMerger;
import io.c360.identity.resolution.StoredProfile;
import io.c360.identity.timeline.TimelineStore;
import io.c360.platform.problem.ApiProblem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * The review queue: keeps the links resolution suggests ({@link LinkSuggestions}), shows them side
 * by side, merges the accepted ones ({@code how: review}, audited with the steward's token name)
 * and remembers the rejected pairs so they are never suggested again. The resolver is reached
 * through a supplier since it needs this class as its {@link LinkSuggestions} (only its link cache
 * is used here).
 */
public final class ReviewService implements LinkSuggestions {

  private final SuggestionStore suggestions;
  private final IdentityStore store;
  private final ProfileLookup lookup;
  private final TimelineStore timeline;
  private final ChangePublisher publisher;
  private final Clock clock;
  private final ProfileMerger merger;
  private final Supplier<@Nullable IdentityResolver> resolver;

  public ReviewService(
      SuggestionStore suggestions,
      IdentityStore store,
      ProfileLookup lookup,
      TimelineStore timeline,
      ChangePublisher publisher,
      Supplier<@Nullable IdentityResolver> resolver,
      Clock clock) {
    this.suggestions = suggestions;
    this.store = store;
    this.lookup = lookup;
    this.timeline = timeline;
    this.publisher = publisher;
    this.resolver = resolver;
    this.clock = clock;
    this.merger = new ProfileMerger(store);
  }

  @Override
  public void suggest(
      ProfileId profileId, List<ProfileId> candidates, List<Double> scores, String sourceId) {
    for (int i = 0; i < candidates.size(); i++) {
      ProfileId other = candidates.get(i);
      if (other.equals(profileId) || suggestions.isRejected(profileId, other)) {
        continue;
      }
      suggestions.addIfAbsent(
          new LinkSuggestion(
              pairId(profileId, other),
              profileId,
              other,
              scores.get(i),
              clock.instant(),
              sourceId,
              LinkSuggestion.Status.PENDING,
              null,
              null));
    }
  }

  @Override
  public void forgetProfiles(Collection<ProfileId> profileIds) {
    suggestions.deleteInvolving(profileIds);
  }

  /** Pending suggestions, newest first. */
  public Page list(int limit, @Nullable String after) {
    SuggestionStore.Page page = suggestions.pending(limit, after);
    return new Page(page.suggestions().stream().map(this::view).toList(), page.next());
  }

  /** A page of suggestions to review. */
  public record Page(List<SuggestionView> suggestions, @Nullable String next) {}

  /** Merges the pair (the younger profile into the older one) and marks the suggestion accepted. */
  public SuggestionView accept(String id, String actor) {
    LinkSuggestion suggestion = pending(id);
    StoredProfile a = lookup.live(suggestion.profileId());
    StoredProfile b = lookup.live(suggestion.otherProfileId());
    Instant now = clock.instant();
    if (!a.profileId().equals(b.profileId())) {
      if (a.keepApart().contains(b.profileId()) || b.keepApart().contains(a.profileId())) {
        throw new ApiProblem(
            HttpStatus.CONFLICT, "an operator unmerged these profiles; they are kept apart");
      }
      boolean aFirst =
          a.createdAt().isBefore(b.createdAt())
              || (a.createdAt().equals(b.createdAt())
                  && a.profileId().value().compareTo(b.profileId().value()) < 0);
      merge(aFirst ? a : b, aFirst ? b : a, suggestion, actor, now);
    }
    LinkSuggestion decided = suggestion.decided(LinkSuggestion.Status.ACCEPTED, actor, now);
    if (!suggestions.decide(decided)) {
      throw alreadyDecided(id);
    }
    return view(decided);
  }

  /** Marks the suggestion rejected; the pair is never suggested again. */
  public SuggestionView reject(String id, String actor) {
    LinkSuggestion suggestion = pending(id);
    Instant now = clock.instant();
    LinkSuggestion decided = suggestion.decided(LinkSuggestion.Status.REJECTED, actor, now);
    if (!suggestions.decide(decided)) {
      throw alreadyDecided(id);
    }
    suggestions.rememberRejected(suggestion.profileId(), suggestion.otherProfileId());
    for (ProfileId side : List.of(suggestion.profileId(), suggestion.otherProfileId())) {
      ProfileId other =
          side.equals(suggestion.profileId())
              ? suggestion.otherProfileId()
              : suggestion.profileId();
      store.audit(
          new AuditEntry(
              "link-rejected#" + id,
              side,
              now,
              "link-rejected",
              List.of(other),
              "a steward rejected the suggested link " + id,
              actor,
              Map.of("suggestionId", id)));
    }
    return view(decided);
  }

  private void merge(
      StoredProfile survivor,
      StoredProfile merged,
      LinkSuggestion suggestion,
      String actor,
      Instant now) {
    String why = "suggested link " + suggestion.id() + " accepted by " + actor;
    StoredProfile stored =
        merger.merge(
            survivor,
            merged,
            new ProfileMerger.Reason(
                why,
                "review",
                suggestion.id(),
                actor,
                Map.of("suggestionId", suggestion.id(), "score", suggestion.score())),
            now);
    timeline.move(timeline.all(merged.profileId()), survivor.profileId());
    IdentityResolver cache = resolver.get();
    if (cache != null) {
      cache.evict(merged.identifierKeys());
    }
    publisher.publish(
        List.of(),
        List.of(stored.snapshot(now)),
        List.of(
            new IdentityChange(
                IdentityChange.MERGED,
                survivor.profileId().value(),
                merged.profileId().value(),
                List.copyOf(merged.identifierKeys()),
                why,
                now,
                actor)));
  }

  private LinkSuggestion pending(String id) {
    LinkSuggestion suggestion =
        suggestions
            .find(id)
            .orElseThrow(() -> ApiProblem.notFound("no link suggestion with id '" + id + "'"));
    if (suggestion.status() != LinkSuggestion.Status.PENDING) {
      throw alreadyDecided(id);
    }
    return suggestion;
  }

  private static ApiProblem alreadyDecided(String id) {
    return new ApiProblem(HttpStatus.CONFLICT, "link suggestion '" + id + "' was decided already");
  }

  private SuggestionView view(LinkSuggestion s) {
    Optional<OfflinePerson> left = person(s.profileId());
    Optional<OfflinePerson> right = person(s.otherProfileId());
    Map<String, Double> similarities = new LinkedHashMap<>();
    if (left.isPresent() && right.isPresent()) {
      @Nullable Double[] values =
          Comparison.similarities(
              ComparablePerson.of(left.get()), ComparablePerson.of(right.get()));
      for (Field f : Field.values()) {
        if (values[f.ordinal()] != null) {
          similarities.put(f.wireName(), values[f.ordinal()]);
        }
      }
    }
    return new SuggestionView(
        s.id(),
        s.status().name().toLowerCase(java.util.Locale.ROOT),
        s.score(),
        s.suggestedAt(),
        s.sourceId(),
        new SuggestionView.Side(s.profileId().value(), fields(left)),
        new SuggestionView.Side(s.otherProfileId().value(), fields(right)),
        similarities,
        s.decidedBy(),
        s.decidedAt());
  }

  /** The person a profile holds now; empty when it was erased or holds too little. */
  private Optional<OfflinePerson> person(ProfileId id) {
    try {
      StoredProfile profile = lookup.live(id);
      Map<String, Object> traits = new LinkedHashMap<>();
      profile.traits().traits().forEach((name, value) -> traits.put(name, value.value()));
      return OfflinePerson.fromTraits(traits);
    } catch (ApiProblem gone) {
      return Optional.empty();
    }
  }

  private static Map<String, String> fields(Optional<OfflinePerson> person) {
    Map<String, String> fields = new LinkedHashMap<>();
    person.ifPresent(
        p -> {
          put(fields, Field.FIRST_NAME, p.firstName());
          put(fields, Field.MIDDLE_NAME, p.middleName());
          put(fields, Field.LAST_NAME, p.lastName());
          put(fields, Field.STREET_NUMBER, p.streetNumber());
          put(fields, Field.STREET, p.street());
          put(fields, Field.LOCALITY, p.locality());
          put(fields, Field.POSTCODE, p.postcode());
          put(fields, Field.REGION, p.region());
          put(fields, Field.BIRTH_DATE, p.birthDate() == null ? null : p.birthDate().toString());
          put(fields, Field.GENDER, p.gender());
        });
    return fields;
  }

  private static void put(Map<String, String> fields, Field field, @Nullable String value) {
    if (value != null) {
      fields.put(field.wireName(), value);
    }
  }

  /** The same id for a pair whichever way round it is suggested. */
  static String pairId(ProfileId a, ProfileId b) {
    String pair =
        a.value().compareTo(b.value()) < 0
            ? a.value() + "|" + b.value()
            : b.value() + "|" + a.value();
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(pair.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
