package io.c360.identity.resolution;

import java.time.Instant;
import java.util.List;

/**
 * A profile merged into this one: enough to split it back out (unmerge).
 *
 * @param mergedProfileId the profile that was merged in
 * @param mergedCreatedAt when the merged profile was created
 * @param identifierKeys its identifiers at the time of the merge
 * @param reason the identifier that linked the two
 * @param messageId the event that caused the merge
 */
public record MergeRecord(
    ProfileId mergedProfileId,
    Instant mergedCreatedAt,
    List<String> identifierKeys,
    Instant at,
    String reason,
    String messageId) {

  public MergeRecord {
    identifierKeys = List.copyOf(identifierKeys);
  }
}
