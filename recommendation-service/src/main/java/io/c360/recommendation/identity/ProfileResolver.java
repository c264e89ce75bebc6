package io.c360.recommendation.identity;

import io.c360.common.identifier.Identifier;
import java.util.Collection;
import java.util.Optional;

/**
 * Which profile an identifier belongs to now, through identity-service's identity graph: an
 * anonymousId that logged in and a userId resolve to the same (surviving) profile.
 */
public interface ProfileResolver {

  Optional<String> profileOf(Identifier identifier);

  /** Forgets what is known of these identifier keys ({@code type#value}), e.g. after a merge. */
  void invalidate(Collection<String> identifierKeys);
}
