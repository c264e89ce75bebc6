package io.c360.identity.review;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A suggestion as a steward reviews it: both records side by side (the fields the matcher compares,
 * as each profile holds them now), the similarity of each field both carry, and the score.
 *
 * @param similarities per field, in [0, 1], only where both sides have a value
 */
public record SuggestionView(
    String id,
    String status,
    double score,
    Instant suggestedAt,
    String sourceId,
    Side record,
    Side candidate,
    Map<String, Double> similarities,
    @Nullable String decidedBy,
    @Nullable Instant decidedAt) {

  /** One profile of the pair; {@code fields} empty when it was erased meanwhile. */
  public record Side(String profileId, Map<String, String> fields) {}
}
