package io.c360.identity.resolution;

import java.util.Set;

/** A link refused under the rules; the event is retried without its weakest identifier. */
final class LinkRefusal extends RuntimeException {

  private final String reason;
  private final Set<ProfileId> profiles;

  LinkRefusal(String reason, Set<ProfileId> profiles) {
    super(reason, null, false, false);
    this.reason = reason;
    this.profiles = profiles;
  }

  String reason() {
    return reason;
  }

  Set<ProfileId> profiles() {
    return profiles;
  }
}
