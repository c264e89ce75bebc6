package io.c360.activation.segment;

import java.util.Map;
import java.util.TreeMap;

/**
 * What one batch of Segment updates did.
 *
 * @param sent identify calls accepted by the destination
 * @param skipped profiles left out, by reason: {@code profile-not-found} (unknown, merged away or
 *     erased), {@code no-user-id} (neither a userId nor an anonymousId to identify it by)
 */
public record SyncResult(long sent, Map<String, Long> skipped) {

  public static final String PROFILE_NOT_FOUND = "profile-not-found";
  public static final String NO_USER_ID = "no-user-id";

  public SyncResult {
    skipped = Map.copyOf(skipped);
  }

  public long skippedTotal() {
    return skipped.values().stream().mapToLong(Long::longValue).sum();
  }

  SyncResult plus(SyncResult other) {
    Map<String, Long> merged = new TreeMap<>(skipped);
    other.skipped.forEach((reason, count) -> merged.merge(reason, count, Long::sum));
    return new SyncResult(sent + other.sent, merged);
  }
}
