package io.c360.activation.profile;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where activation reads unified profiles (port): its own profile view. A profile is there once its
 * first snapshot arrived, and gone once it was merged into another or erased.
 */
public interface ProfileDirectory {

  /** The profile, or empty when there is none (not known yet, merged away or erased). */
  Optional<ActivationProfile> find(ProfileId id);

  /** The profiles among {@code ids} that are in the view. */
  Map<ProfileId, ActivationProfile> findAll(Collection<ProfileId> ids);

  /** Every profile in the view, in no particular order. */
  void forEachActive(Consumer<ActivationProfile> action);
}
