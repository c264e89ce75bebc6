package io.c360.activation.profile;

import io.c360.activation.profile.ProfileChange.Erased;
import io.c360.activation.profile.ProfileChange.Merged;
import io.c360.activation.profile.ProfileChange.ScoreReceived;
import io.c360.activation.profile.ProfileChange.SnapshotReceived;
import io.c360.activation.profile.ProfileChange.Unmerged;
import io.c360.common.profile.ProfileSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Keeps activation's profile view: applies the changes of a batch (each profile's changes in turn,
 * different profiles concurrently), then tells the observers (audiences) how the changed profiles
 * look now. Observers run only after every write of the batch succeeded; a failure leaves the batch
 * to be redelivered, and applying it again changes nothing in the view but tells the observers
 * again, so no re-evaluation is lost between the two steps.
 *
 * <p>Within a batch only the newest snapshot and the newest score per model of a profile are
 * written: under load identity publishes many snapshots of one busy profile, and the older ones
 * would be ignored by the view anyway.
 */
@Service
public class ProfileViews {

  private final ProfileViewStore store;
  private final List<ProfileViewObserver> observers;
  private final ExecutorService writers;

  ProfileViews(
      ProfileViewStore store,
      List<ProfileViewObserver> observers,
      @Qualifier("profileViewWriters") ExecutorService writers) {
    this.store = store;
    this.observers = List.copyOf(observers);
    this.writers = writers;
  }

  /** Applies the changes to the view, then tells the observers; returns the profiles as now. */
  public Map<ProfileId, Optional<ActivationProfile>> apply(List<ProfileChange> changes) {
    Map<ProfileId, List<ProfileChange>> byProfile = new LinkedHashMap<>();
    for (ProfileChange change : changes) {
      byProfile.computeIfAbsent(change.profileId(), id -> new ArrayList<>()).add(change);
    }
    Map<ProfileId, Optional<ActivationProfile>> current = new LinkedHashMap<>();
    Map<ProfileId, Optional<ActivationProfile>> mergedAway = new LinkedHashMap<>();
    if (byProfile.size() == 1) {
      byProfile.forEach((id, ofProfile) -> collect(id, applyToOne(ofProfile), current, mergedAway));
    } else {
      Map<ProfileId, Future<Applied>> pending = new LinkedHashMap<>();
      byProfile.forEach(
          (id, ofProfile) -> pending.put(id, writers.submit(() -> applyToOne(ofProfile))));
      pending.forEach((id, result) -> collect(id, await(result), current, mergedAway));
    }
    mergedAway.forEach(current::putIfAbsent);
    if (!current.isEmpty()) {
      observers.forEach(observer -> observer.profilesChanged(current));
    }
    return current;
  }

  /** A profile as the view shows it after its changes, and the profiles its snapshot absorbed. */
  private record Applied(
      Optional<ActivationProfile> profile, Map<ProfileId, Optional<ActivationProfile>> merged) {}

  private static void collect(
      ProfileId id,
      Applied applied,
      Map<ProfileId, Optional<ActivationProfile>> current,
      Map<ProfileId, Optional<ActivationProfile>> mergedAway) {
    current.put(id, applied.profile());
    mergedAway.putAll(applied.merged());
  }

  private Applied applyToOne(List<ProfileChange> changes) {
    ProfileId id = changes.getFirst().profileId();
    SnapshotReceived newest = null;
    Map<String, ScoreReceived> scores = new LinkedHashMap<>();
    List<ProfileChange> merges = new ArrayList<>();
    for (ProfileChange change : changes) {
      switch (change) {
        case Erased erased -> {
          // final: whatever else the batch says about the profile is moot
          store.erase(id, erased.at());
          return new Applied(Optional.empty(), Map.of());
        }
        case SnapshotReceived snapshot -> {
          if (newest == null || snapshot.snapshot().version() >= newest.snapshot().version()) {
            newest = snapshot;
          }
        }
        case ScoreReceived score ->
            scores.merge(
                score.model(), score, (old, now) -> now.at().isBefore(old.at()) ? old : now);
        case Merged merged -> merges.add(merged);
        case Unmerged unmerged -> merges.add(unmerged);
      }
    }
    Optional<ActivationProfile> result = Optional.empty();
    for (ProfileChange change : merges) {
      result =
          switch (change) {
            case Merged m -> store.markMerged(id, m.survivor(), m.at());
            case Unmerged u -> store.markUnmerged(id, u.at());
            default -> throw new IllegalStateException("not a merge: " + change);
          };
    }
    Map<ProfileId, Optional<ActivationProfile>> absorbed = new LinkedHashMap<>();
    if (newest != null) {
      ProfileSnapshot snapshot = newest.snapshot();
      result = store.applySnapshot(snapshot);
      // the survivor's snapshot names the profiles merged into it: the view hides them even when
      // their merge records are gone (c360.identity-merges.v1 keeps 30 days; a rebuild needs this)
      for (String merged : snapshot.mergedProfileIds()) {
        ProfileId mergedId = new ProfileId(merged);
        absorbed.put(mergedId, store.markMerged(mergedId, id, snapshot.updatedAt()));
      }
    }
    for (ScoreReceived score : scores.values()) {
      result = store.applyScore(id, score.model(), score.score(), score.at());
    }
    return new Applied(result, absorbed);
  }

  private static <T> T await(Future<T> result) {
    try {
      return result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while updating the profile view", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("updating the profile view failed", e.getCause());
    }
  }
}
