package io.c360.identity.review;

import io.c360.identity.resolution.ProfileId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A suggested link between two profiles.
 *
 * @param id stable per pair of profiles, so a pair is suggested once
 * @param profileId the profile of the record that was matched
 * @param otherProfileId the existing profile it resembles
 * @param score the matcher's score when suggested (a Fellegi–Sunter match weight for batch-linked
 *     imports, else today's similarity in [0, 1])
 * @param sourceId the event that led to it
 */
public record LinkSuggestion(
    String id,
    ProfileId profileId,
    ProfileId otherProfileId,
    double score,
    Instant suggestedAt,
    String sourceId,
    Status status,
    @Nullable String decidedBy,
    @Nullable Instant decidedAt) {

  /** Where the suggestion stands. */
  public enum Status {
    PENDING,
    ACCEPTED,
    REJECTED
  }

  public LinkSuggestion decided(Status outcome, String by, Instant at) {
    return new LinkSuggestion(
        id, profileId, otherProfileId, score, suggestedAt, sourceId, outcome, by, at);
  }
}
