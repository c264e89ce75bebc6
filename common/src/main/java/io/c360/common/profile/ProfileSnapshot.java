package io.c360.common.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.c360.common.score.ProfileScore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The unified profile as published on {@code c360.profiles.v1} (key: profileId) after every change
 * and returned by {@code GET /v1/profiles/{id}}.
 *
 * @param profileId the profile's id
 * @param version increases with every change of the profile
 * @param identifiers every identifier linked to the profile
 * @param traits names, email, phone, address, birthday, ... with source and time
 * @param consent per channel ({@code email}, {@code sms}, {@code push}): granted or not, with
 *     source and time
 * @param computed traits computed from the events as of {@code computed.asOf}
 * @param mergedProfileIds profiles merged into this one
 * @param scores the propensity score of each model (written by scoring-service); only in API
 *     responses, absent on {@code c360.profiles.v1} (scores have their own topic)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProfileSnapshot(
    String profileId,
    long version,
    Instant createdAt,
    Instant updatedAt,
    List<LinkedIdentifier> identifiers,
    Map<String, TraitValue> traits,
    Map<String, TraitValue> consent,
    ComputedTraits computed,
    List<String> mergedProfileIds,
    @Nullable Map<String, ProfileScore> scores) {

  public ProfileSnapshot {
    identifiers = List.copyOf(identifiers);
    traits = Map.copyOf(traits);
    consent = Map.copyOf(consent);
    mergedProfileIds = List.copyOf(mergedProfileIds);
    scores = scores == null ? null : Map.copyOf(scores);
  }

  /** The same snapshot with the profile's scores. */
  public ProfileSnapshot withScores(Map<String, ProfileScore> scores) {
    return new ProfileSnapshot(
        profileId,
        version,
        createdAt,
        updatedAt,
        identifiers,
        traits,
        consent,
        computed,
        mergedProfileIds,
        scores);
  }
}
