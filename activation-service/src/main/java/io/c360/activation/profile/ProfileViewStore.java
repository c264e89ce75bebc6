package io.c360.activation.profile;

import io.c360.common.profile.ProfileSnapshot;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Activation's own profile view (port): what it read from identity's and scoring's topics. Each
 * write is conditional, so a stale or repeated change leaves the view as it is, and each returns
 * the profile as the view shows it afterwards (empty while it has no snapshot, once it was merged
 * into another profile, and after an erasure).
 */
public interface ProfileViewStore extends ProfileDirectory {

  /** Stores the snapshot unless the view holds one of the same or a higher version. */
  Optional<ActivationProfile> applySnapshot(ProfileSnapshot snapshot);

  /**
   * Stores the model's score (null: removes it) unless the view holds one of the model from after
   * {@code at}.
   */
  Optional<ActivationProfile> applyScore(
      ProfileId id, String model, @Nullable Double score, Instant at);

  /** Hides the profile from the view: it lives on as {@code survivor}. */
  Optional<ActivationProfile> markMerged(ProfileId id, ProfileId survivor, Instant at);

  /** Shows the profile again unless it was merged again after {@code at}. */
  Optional<ActivationProfile> markUnmerged(ProfileId id, Instant at);

  /**
   * Deletes everything the view holds about the profile, leaving only the fact that it was erased,
   * so changes of it that arrive later are ignored.
   */
  void erase(ProfileId id, Instant at);
}
