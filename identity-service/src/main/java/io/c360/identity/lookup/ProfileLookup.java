package io.c360.identity.lookup;

import io.c360.common.identifier.Identifier;
import io.c360.common.profile.ProfileSnapshot;
import io.c360.identity.resolution.AuditEntry;
import io.c360.identity.resolution.IdentityLink;
import io.c360.identity.resolution.IdentityStore;
import io.c360.identity.resolution.ProfileId;
import io.c360.identity.resolution.ProfileStatus;
import io.c360.identity.resolution.StoredProfile;
import io.c360.identity.score.ScoreProjection;
import io.c360.identity.timeline.TimelinePage;
import io.c360.identity.timeline.TimelineStore;
import io.c360.platform.problem.ApiProblem;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Reads profiles. A profile that was merged is answered by the profile it lives on in (its id is in
 * the answer); an erased one is gone (410). Computed traits are computed as of now.
 */
@Service
public final class ProfileLookup {

  private final IdentityStore store;
  private final TimelineStore timeline;
  private final ScoreProjection scores;
  private final Clock clock;

  ProfileLookup(IdentityStore store, TimelineStore timeline, ScoreProjection scores, Clock clock) {
    this.store = store;
    this.timeline = timeline;
    this.scores = scores;
    this.clock = clock;
  }

  /** The live profile of an id, following merges; 404 unknown, 410 erased. */
  public StoredProfile live(ProfileId id) {
    ProfileId current = id;
    for (int hop = 0; hop < 16; hop++) {
      Optional<StoredProfile> found = store.loadProfile(current);
      if (found.isEmpty()) {
        throw ApiProblem.notFound("no profile with id '" + id.value() + "'");
      }
      StoredProfile profile = found.get();
      if (profile.status() == ProfileStatus.ERASED) {
        throw new ApiProblem(HttpStatus.GONE, "profile '" + id.value() + "' was erased");
      }
      if (profile.isActive() || profile.mergedInto() == null) {
        return profile;
      }
      current = profile.mergedInto();
    }
    throw new IllegalStateException("profile " + id + " redirects too often");
  }

  /**
   * The live profile as the API shows it: the snapshot with the scores of the live profile's own id
   * from the projection of {@code c360.scores.v1} (a merged profile's scores are not carried over).
   */
  public ProfileSnapshot profile(ProfileId id) {
    StoredProfile profile = live(id);
    return profile.snapshot(clock.instant()).withScores(scores.scoresOf(profile.profileId()));
  }

  public ProfileSnapshot byIdentifier(Identifier identifier) {
    IdentityLink link = store.findLinks(List.of(identifier.key())).get(identifier.key());
    if (link == null || link.erased()) {
      throw ApiProblem.notFound(
          "no profile has " + identifier.type().wireName() + " '" + identifier.value() + "'");
    }
    return profile(link.profileId());
  }

  /** A page of the timeline of a live profile (see {@link #live}). */
  public TimelinePage timeline(
      StoredProfile profile, Instant from, Instant to, int limit, @Nullable String after) {
    return timeline.page(profile.profileId(), from, to, limit, after);
  }

  public List<AuditEntry> audit(ProfileId id) {
    return store.auditTrail(id);
  }
}
