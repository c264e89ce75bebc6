package io.c360.recommendation.identity;

import io.c360.common.identifier.Identifier;
import java.util.Collection;
import java.util.Optional;

/**
 * Which profile an identifier belongs to now, through the service's identity projection: an
 * anonymousId that logged in and a userId resolve to the same (surviving) profile. Answers may be
 * cached per instance; each instance tells its resolver what it sees on the merge and erasure
 * topics, so a login shows at once.
 */
public interface ProfileResolver {

  Optional<String> profileOf(Identifier identifier);

  /** These identifier keys ({@code type#value}) now belong to {@code profileId} (a merge). */
  void moved(Collection<String> identifierKeys, String profileId);

  /** The profile was erased: no identifier resolves to it any more. */
  void forget(String profileId);
}
