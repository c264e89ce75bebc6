package io.c360.identity.resolution;

import io.c360.common.event.CustomerEvent;
import org.jspecify.annotations.Nullable;

/**
 * The person-matching decision of one event, made at most once per event (a lost race retries
 * without asking the matcher again): given by batch linkage, or asked of the matcher.
 */
final class PersonMatch {

  private final OfflineMatching offline;
  private OfflineMatching.@Nullable Match match;

  PersonMatch(OfflineMatching offline, OfflineMatching.@Nullable Match hint) {
    this.offline = offline;
    this.match = hint;
  }

  OfflineMatching.Match get(CustomerEvent event) {
    if (match == null) {
      match = offline.match(event);
    }
    return match;
  }
}
