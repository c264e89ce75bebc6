package io.c360.identity.erasure;

import java.time.Instant;
import java.util.List;

/**
 * What an erasure removed: the profile and the profiles merged into it, how many identifiers and
 * timeline events, when and at whose request.
 */
public record ErasureReport(
    String profileId,
    List<String> erasedProfileIds,
    int identifiersRemoved,
    int timelineEventsRemoved,
    Instant erasedAt,
    String requestedBy) {

  public ErasureReport {
    erasedProfileIds = List.copyOf(erasedProfileIds);
  }
}
