package io.c360.activation.profile;

import io.c360.common.identifier.Identifier;
import io.c360.common.identifier.IdentifierType;
import io.c360.common.profile.ComputedTraits;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A profile as audiences and campaigns see it, from activation's profile view. Only profiles that
 * may be contacted are ever seen: merged-away and erased ones are not in the view.
 *
 * @param traits identify traits by name (the latest value of each)
 * @param consent consent per channel ({@code email}, {@code sms}, {@code push}); absent means none
 * @param scores the current propensity score per model name
 */
public record ActivationProfile(
    ProfileId id,
    List<Identifier> identifiers,
    Map<String, Object> traits,
    Map<String, Boolean> consent,
    @Nullable ComputedTraits computed,
    Map<String, Double> scores) {

  public ActivationProfile {
    identifiers = List.copyOf(identifiers);
    traits = Map.copyOf(traits);
    consent = Map.copyOf(consent);
    scores = Map.copyOf(scores);
  }

  /** The most recently linked identifier of a type. */
  public Optional<String> identifier(IdentifierType type) {
    String found = null;
    for (Identifier identifier : identifiers) {
      if (identifier.type() == type) {
        found = identifier.value();
      }
    }
    return Optional.ofNullable(found);
  }

  /** Whether the customer agreed to be contacted on a channel ({@code email}, {@code sms}, ...). */
  public boolean consents(String channel) {
    return Boolean.TRUE.equals(consent.get(channel));
  }

  /** A string trait such as {@code firstName}. */
  public Optional<String> trait(String name) {
    Object value = traits.get(name);
    return value == null ? Optional.empty() : Optional.of(value.toString());
  }
}
