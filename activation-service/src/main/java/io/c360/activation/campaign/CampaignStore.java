package io.c360.activation.campaign;

import io.c360.activation.profile.ProfileId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Campaigns, their members' assignments and progress (port). */
public interface CampaignStore {

  void create(Campaign campaign);

  Optional<Campaign> find(CampaignId id);

  List<Campaign> list();

  /**
   * Moves the campaign to {@code to} if it is in one of {@code from}; stamps launchedAt when it
   * moves to scheduled or running, completedAt when it completes. False when it was elsewhere.
   */
  boolean changeStatus(CampaignId id, Set<CampaignStatus> from, CampaignStatus to, Instant at);

  /** Campaigns that are running, or scheduled and due, and whose lease is free or expired. */
  List<Campaign> runnable(Instant now);

  /** Takes or renews the campaign's lease for {@code owner} until {@code until}; false if held. */
  boolean lease(CampaignId id, String owner, Instant now, Instant until);

  void release(CampaignId id, String owner);

  /**
   * Records the member's group unless it has one; returns the stored assignment either way (so a
   * relaunch never re-assigns). A new assignment is counted.
   */
  Assignment assign(CampaignId id, ProfileId profile, Group group, Instant at);

  /**
   * Moves a member from one state to another with the given attributes ({@code decidedAt}, {@code
   * messageId}, {@code reason}); a final state is counted in the campaign's progress in the same
   * write. False when the member was no longer in {@code from}.
   */
  boolean transition(
      CampaignId id,
      ProfileId profile,
      MemberState from,
      MemberState to,
      @Nullable Instant decidedAt,
      Map<String, String> attributes);

  /** Every assignment of the campaign. */
  void forEachAssignment(CampaignId id, Consumer<Assignment> action);
}
