package io.c360.identity.fuzzy;

import io.c360.common.event.CustomerEvent;
import io.c360.identity.resolution.OfflineMatching;
import io.c360.identity.resolution.ProfileId;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Resolution's {@link OfflineMatching} port on the fuzzy matcher: the person on an event comes from
 * its identify {@code traits} and its {@code context.traits} (where POS and support imports put
 * names and addresses).
 */
@Component
final class FuzzyOfflineMatching implements OfflineMatching {

  private final FuzzyMatcher matcher;
  private final FuzzyIndex index;

  FuzzyOfflineMatching(FuzzyMatcher matcher, FuzzyIndex index) {
    this.matcher = matcher;
    this.index = index;
  }

  @Override
  public Match match(CustomerEvent event) {
    Optional<OfflinePerson> person = person(event);
    if (person.isEmpty() || !matcher.properties().enabled()) {
      return person.isEmpty() ? new NotMatchable() : new NoMatch();
    }
    var candidates =
        index.candidates(matcher.blockingKeys(person.get()), matcher.properties().maxCandidates());
    return switch (matcher.decide(person.get(), candidates)) {
      case FuzzyDecision.Link link -> new Linked(ProfileId.of(link.profileId()), link.score());
      case FuzzyDecision.Suggest suggest ->
          new Suggested(
              suggest.candidates().stream().map(c -> ProfileId.of(c.profileId())).toList(),
              suggest.candidates().stream().map(ScoredCandidate::score).toList());
      case FuzzyDecision.NoMatch none -> new NoMatch();
    };
  }

  @Override
  public void remember(ProfileId profileId, CustomerEvent event) {
    person(event).ifPresent(p -> index.remember(profileId.value(), p));
  }

  @Override
  public void rememberTraits(ProfileId profileId, Map<String, Object> traits) {
    OfflinePerson.fromTraits(traits).ifPresent(p -> index.remember(profileId.value(), p));
  }

  @Override
  public void forget(ProfileId profileId, Map<String, Object> traits) {
    OfflinePerson.fromTraits(traits).ifPresent(p -> index.forget(profileId.value(), p));
    index.forgetProfile(profileId.value());
  }

  private static Optional<OfflinePerson> person(CustomerEvent event) {
    return OfflinePerson.fromEvent(event);
  }
}
