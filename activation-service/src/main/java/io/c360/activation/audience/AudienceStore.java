package io.c360.activation.audience;

import io.c360.activation.profile.ProfileId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Audience definitions and their members (port). */
public interface AudienceStore {

  /** Stores a new audience; false when its key is taken. */
  boolean create(Audience audience);

  Optional<Audience> find(AudienceId id);

  List<Audience> list();

  void recordComputed(AudienceId id, Instant computedAt);

  /** Adds a member and counts it; false when it already was one. */
  boolean addMember(AudienceId id, ProfileId profile, Instant since);

  /** Removes a member and counts it; false when it was not one. */
  boolean removeMember(AudienceId id, ProfileId profile);

  /** A profile's membership of an audience. */
  record Membership(AudienceId audience, ProfileId profile) {}

  /** Which of the profiles are members of which of the audiences, read in batches. */
  Set<Membership> memberships(Collection<AudienceId> audiences, Collection<ProfileId> profiles);

  /** Members in profileId order, {@code limit} at most, after the given page token. */
  MemberPage members(AudienceId id, @Nullable String after, int limit);

  /** Every member, in profileId order. */
  void forEachMember(AudienceId id, Consumer<ProfileId> action);
}
