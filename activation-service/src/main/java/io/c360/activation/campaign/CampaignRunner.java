package io.c360.activation.campaign;

import io.c360.activation.audience.AudienceStore;
import io.c360.activation.delivery.Channel;
import io.c360.activation.delivery.DeliveryException;
import io.c360.activation.delivery.DeliveryReceipt;
import io.c360.activation.delivery.MessageSenders;
import io.c360.activation.delivery.OutboundMessage;
import io.c360.activation.delivery.RecommendedItem;
import io.c360.activation.profile.ActivationProfile;
import io.c360.activation.profile.ProfileDirectory;
import io.c360.activation.profile.ProfileId;
import io.c360.common.identifier.IdentifierType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends running campaigns. Each member is first assigned a group (recorded once, never changed),
 * then checked at send time — erased or merged, no consent for the channel, no address, frequency
 * cap — in both groups alike, so control stays comparable with treatment. Eligible control members
 * are held out; eligible treatment members get their message with recommendations.
 *
 * <p>Sends are idempotent: a member is marked {@code sending} with a deterministic messageId before
 * the destination is called and {@code sent} after. An instance that dies in between leaves the
 * member {@code sending}; whoever resumes the campaign (after its lease runs out) sends again with
 * the same messageId, which destinations that deduplicate (the outbox) record once. Nobody is
 * skipped: a resumed run goes over the audience and over every unfinished assignment again.
 */
@Component
class CampaignRunner {

  private static final Logger log = LoggerFactory.getLogger(CampaignRunner.class);
  private static final int BATCH = 100;

  private final CampaignStore campaigns;
  private final AudienceStore audiences;
  private final ProfileDirectory profiles;
  private final ContactLog contacts;
  private final RecommendationSource recommendations;
  private final MessageSenders senders;
  private final CampaignProperties properties;
  private final Clock clock;
  private final String owner = "activation-" + UUID.randomUUID().toString().substring(0, 8);

  CampaignRunner(
      CampaignStore campaigns,
      AudienceStore audiences,
      ProfileDirectory profiles,
      ContactLog contacts,
      RecommendationSource recommendations,
      MessageSenders senders,
      CampaignProperties properties,
      Clock clock) {
    this.campaigns = campaigns;
    this.audiences = audiences;
    this.profiles = profiles;
    this.contacts = contacts;
    this.recommendations = recommendations;
    this.senders = senders;
    this.properties = properties;
    this.clock = clock;
  }

  /** Runs every campaign that is due and not held by another instance; returns how many. */
  public int runDue() {
    int ran = 0;
    for (Campaign campaign : campaigns.runnable(clock.instant())) {
      if (campaigns.lease(campaign.id(), owner, clock.instant(), leaseEnd())) {
        try {
          run(campaign);
          ran++;
        } catch (RuntimeException e) {
          log.error("campaign {} stopped; the next poll resumes it", campaign.id(), e);
        }
        // an Error leaves the lease to run out, as a crash does: whoever resumes then finishes
        campaigns.release(campaign.id(), owner);
      }
    }
    return ran;
  }

  private void run(Campaign campaign) {
    if (campaign.status() == CampaignStatus.SCHEDULED
        && !campaigns.changeStatus(
            campaign.id(),
            Set.of(CampaignStatus.SCHEDULED),
            CampaignStatus.RUNNING,
            clock.instant())) {
      return;
    }
    if (audiences.find(campaign.audienceId()).map(a -> a.computedAt() == null).orElse(false)) {
      // launched while its audience still computes its first membership: sending now would reach
      // only the members found so far and complete the campaign; the next poll looks again
      log.info(
          "campaign {} waits for audience {} to be computed", campaign.id(), campaign.audienceId());
      return;
    }
    TreeSet<ProfileId> members = new TreeSet<>();
    audiences.forEachMember(campaign.audienceId(), members::add);
    campaigns.forEachAssignment(
        campaign.id(),
        a -> {
          if (!a.state().done()) {
            members.add(a.profileId());
          }
        });
    log.info("campaign {}: {} members to go over", campaign.id(), members.size());
    List<ProfileId> batch = new ArrayList<>(BATCH);
    for (ProfileId member : members) {
      batch.add(member);
      if (batch.size() == BATCH) {
        runBatch(campaign, batch);
        batch.clear();
      }
    }
    runBatch(campaign, batch);
    campaigns.changeStatus(
        campaign.id(), Set.of(CampaignStatus.RUNNING), CampaignStatus.COMPLETED, clock.instant());
    log.info("campaign {} completed", campaign.id());
  }

  private void runBatch(Campaign campaign, List<ProfileId> batch) {
    if (batch.isEmpty()) {
      return;
    }
    if (!campaigns.lease(campaign.id(), owner, clock.instant(), leaseEnd())) {
      throw new IllegalStateException("lost the lease of campaign " + campaign.id());
    }
    Map<ProfileId, ActivationProfile> found = profiles.findAll(batch);
    for (ProfileId member : batch) {
      process(campaign, member, found.get(member));
    }
  }

  private void process(Campaign campaign, ProfileId member, @Nullable ActivationProfile profile) {
    Instant now = clock.instant();
    Group group = Holdout.assign(member, campaign.experimentKey(), campaign.holdoutPercent());
    Assignment assignment = campaigns.assign(campaign.id(), member, group, now);
    if (assignment.state().done()) {
      return;
    }
    if (assignment.state() == MemberState.SENDING) {
      // it was eligible and may have been delivered: finish it with the same messageId
      send(campaign, assignment, profile);
      return;
    }
    MemberState verdict = ineligibility(campaign, profile, now);
    if (verdict != null) {
      campaigns.transition(campaign.id(), member, MemberState.ASSIGNED, verdict, now, Map.of());
    } else if (assignment.group() == Group.CONTROL) {
      campaigns.transition(
          campaign.id(), member, MemberState.ASSIGNED, MemberState.HELD_OUT, now, Map.of());
    } else {
      String messageId = campaign.id() + "." + member;
      if (campaigns.transition(
          campaign.id(),
          member,
          MemberState.ASSIGNED,
          MemberState.SENDING,
          now,
          Map.of("messageId", messageId))) {
        send(
            campaign,
            new Assignment(
                campaign.id(),
                member,
                assignment.group(),
                MemberState.SENDING,
                assignment.assignedAt(),
                now,
                messageId,
                null),
            profile);
      }
    }
  }

  /** Why the member may not be contacted now, or null when it may. */
  private @Nullable MemberState ineligibility(
      Campaign campaign, @Nullable ActivationProfile profile, Instant now) {
    if (profile == null) {
      return MemberState.SUPPRESSED_ERASED;
    }
    if (!profile.consents(campaign.channel().wireName())) {
      return MemberState.SUPPRESSED_CONSENT;
    }
    if (address(profile, campaign.channel()).isEmpty()) {
      return MemberState.SUPPRESSED_NO_ADDRESS;
    }
    FrequencyCap cap = campaign.frequencyCap();
    if (contacts.countSince(profile.id(), now.minus(Duration.ofDays(cap.days())))
        >= cap.maxMessages()) {
      return MemberState.SUPPRESSED_CAP;
    }
    return null;
  }

  private void send(Campaign campaign, Assignment assignment, @Nullable ActivationProfile profile) {
    ProfileId member = assignment.profileId();
    Instant sendingAt = assignment.decidedAt() == null ? clock.instant() : assignment.decidedAt();
    if (profile == null) {
      // erased between the two attempts: never contact it
      campaigns.transition(
          campaign.id(),
          member,
          MemberState.SENDING,
          MemberState.FAILED,
          sendingAt,
          Map.of("reason", "profile erased before the message was confirmed"));
      return;
    }
    Optional<String> address = address(profile, campaign.channel());
    List<RecommendedItem> items =
        campaign.recommendations() == 0
            ? List.of()
            : recommendations.forMessage(profile, campaign.recommendations());
    Map<String, String> values = MessageTemplate.substitutions(profile, items);
    MessageTemplate template = campaign.template();
    OutboundMessage message =
        new OutboundMessage(
            assignment.messageId(),
            campaign.id().value(),
            member.value(),
            campaign.channel(),
            address.orElseThrow(),
            template.subject() == null ? null : MessageTemplate.render(template.subject(), values),
            MessageTemplate.render(template.body(), values),
            values,
            items);
    try {
      DeliveryReceipt receipt = deliver(message);
      contacts.record(member, sendingAt, message.messageId(), campaign.id());
      campaigns.transition(
          campaign.id(),
          member,
          MemberState.SENDING,
          MemberState.SENT,
          sendingAt,
          Map.of(
              "destination",
              receipt.destination(),
              "providerMessageId",
              receipt.providerMessageId()));
    } catch (DeliveryException e) {
      log.warn(
          "campaign {}: message {} failed: {}", campaign.id(), message.messageId(), e.getMessage());
      campaigns.transition(
          campaign.id(),
          member,
          MemberState.SENDING,
          MemberState.FAILED,
          sendingAt,
          Map.of("reason", String.valueOf(e.getMessage())));
    }
  }

  private DeliveryReceipt deliver(OutboundMessage message) {
    Duration wait = properties.retryBackoff();
    for (int attempt = 1; ; attempt++) {
      try {
        return senders.forChannel(message.channel()).send(message);
      } catch (DeliveryException e) {
        if (!e.retryable() || attempt >= properties.sendAttempts()) {
          throw e;
        }
        sleep(wait);
        wait = wait.multipliedBy(2);
      }
    }
  }

  /** Where a message of the channel goes: the email, the phone number, or the push device id. */
  static Optional<String> address(ActivationProfile profile, Channel channel) {
    return switch (channel) {
      case EMAIL -> profile.identifier(IdentifierType.EMAIL);
      case SMS -> profile.identifier(IdentifierType.PHONE);
      case PUSH -> profile.identifier(IdentifierType.DEVICE_ID);
    };
  }

  private Instant leaseEnd() {
    return clock.instant().plus(properties.lease());
  }

  private static void sleep(Duration wait) {
    try {
      Thread.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryException("interrupted while waiting to retry", false, e);
    }
  }
}
