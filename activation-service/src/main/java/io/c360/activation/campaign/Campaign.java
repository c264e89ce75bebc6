package io.c360.activation.campaign;

import io.c360.activation.audience.AudienceId;
import io.c360.activation.delivery.Channel;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A win-back campaign: who (an audience), how (channel, template, recommendations), the experiment
 * (holdout share and key), limits (frequency cap), how long conversions count, and where it is.
 *
 * @param startAt when to start sending after launch; null for at once
 * @param experimentKey what the control-group hash is keyed by: the campaign id unless several
 *     campaigns share one experiment
 */
public record Campaign(
    CampaignId id,
    String name,
    String type,
    AudienceId audienceId,
    Channel channel,
    MessageTemplate template,
    int recommendations,
    double holdoutPercent,
    @Nullable Instant startAt,
    FrequencyCap frequencyCap,
    int conversionWindowDays,
    String experimentKey,
    CampaignStatus status,
    Instant createdAt,
    @Nullable Instant launchedAt,
    @Nullable Instant completedAt,
    Progress progress) {

  public static final String WIN_BACK = "win-back";
}
