package io.c360.activation.profile;

import java.util.Map;
import java.util.Optional;

/** Told about profiles once their view has been updated (audiences re-evaluate them). */
public interface ProfileViewObserver {

  /**
   * The changed profiles as the view now shows them (empty: not to be contacted, as the profile is
   * erased, merged away or not known yet). Called again for the same profiles when a change is
   * redelivered, so it must be idempotent.
   */
  void profilesChanged(Map<ProfileId, Optional<ActivationProfile>> current);
}
