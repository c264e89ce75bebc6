package io.c360.activation.profile;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Where activation reads unified profiles (port). */
public interface ProfileDirectory {

  /** The profile, or empty when there is none (never created, or erased and deleted). */
  Optional<ActivationProfile> find(ProfileId id);

  /** The profiles that exist among {@code ids}. */
  Map<ProfileId, ActivationProfile> findAll(Collection<ProfileId> ids);

  /** Every active profile, in no particular order. */
  void forEachActive(Consumer<ActivationProfile> action);
}
