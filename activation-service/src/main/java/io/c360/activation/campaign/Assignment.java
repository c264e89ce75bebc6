package io.c360.activation.campaign;

import io.c360.activation.profile.ProfileId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One member of a campaign: its group (never changed once recorded) and what happened to it.
 *
 * @param decidedAt when it was sent, held out or suppressed: the start of its conversion window
 * @param messageId the deterministic id of its message (treatment members)
 * @param reason why a send failed
 */
public record Assignment(
    CampaignId campaignId,
    ProfileId profileId,
    Group group,
    MemberState state,
    Instant assignedAt,
    @Nullable Instant decidedAt,
    @Nullable String messageId,
    @Nullable String reason) {}
