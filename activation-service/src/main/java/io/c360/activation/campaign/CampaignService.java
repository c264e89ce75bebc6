package io.c360.activation.campaign;

import io.c360.activation.audience.AudienceId;
import io.c360.activation.audience.AudienceService;
import io.c360.activation.delivery.Channel;
import io.c360.activation.profile.ProfileId;
import io.c360.platform.problem.ApiProblem;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Creating, reading and launching campaigns; {@link CampaignRunner} does the sending. */
@Service
public class CampaignService {

  static final int MAX_RECOMMENDATIONS = 10;
  static final double MAX_HOLDOUT_PERCENT = 50;

  private final CampaignStore store;
  private final AudienceService audiences;
  private final Clock clock;

  CampaignService(CampaignStore store, AudienceService audiences, Clock clock) {
    this.store = store;
    this.audiences = audiences;
    this.clock = clock;
  }

  /**
   * What a marketer sends to create a campaign (the request body of {@code POST /v1/campaigns});
   * null fields take their defaults.
   */
  public record Definition(
      @Nullable String name,
      @Nullable String type,
      @Nullable String audienceId,
      @Nullable String channel,
      @Nullable MessageTemplate template,
      @Nullable Integer recommendations,
      @Nullable Double holdoutPercent,
      @Nullable Instant startAt,
      @Nullable FrequencyCap frequencyCap,
      @Nullable Integer conversionWindowDays,
      @Nullable String experimentKey) {}

  public Campaign create(Definition d) {
    List<String> problems = new ArrayList<>();
    if (d.name() == null || d.name().isBlank()) {
      problems.add("name: must not be blank");
    }
    String type = d.type() == null ? Campaign.WIN_BACK : d.type();
    if (!type.equals(Campaign.WIN_BACK)) {
      problems.add("type: only '" + Campaign.WIN_BACK + "' campaigns exist, got '" + type + "'");
    }
    if (d.audienceId() == null || d.audienceId().isBlank()) {
      problems.add("audienceId: missing");
    } else if (audiencesLacks(d.audienceId())) {
      problems.add("audienceId: no audience with id '" + d.audienceId() + "'");
    }
    Channel channel = null;
    if (d.channel() == null) {
      problems.add("channel: missing; use email, sms or push");
    } else {
      try {
        channel = Channel.parse(d.channel());
      } catch (IllegalArgumentException e) {
        problems.add("channel: " + e.getMessage());
      }
    }
    int recommendations = d.recommendations() == null ? 3 : d.recommendations();
    if (recommendations < 0 || recommendations > MAX_RECOMMENDATIONS) {
      problems.add("recommendations: must be between 0 and " + MAX_RECOMMENDATIONS);
    }
    double holdout = d.holdoutPercent() == null ? 10 : d.holdoutPercent();
    if (!(holdout >= 0 && holdout <= MAX_HOLDOUT_PERCENT)) {
      problems.add("holdoutPercent: must be between 0 and " + MAX_HOLDOUT_PERCENT);
    }
    FrequencyCap cap = d.frequencyCap() == null ? FrequencyCap.DEFAULT : d.frequencyCap();
    if (cap.maxMessages() < 1 || cap.days() < 1 || cap.days() > 365) {
      problems.add("frequencyCap: maxMessages must be at least 1 and days between 1 and 365");
    }
    int window = d.conversionWindowDays() == null ? 14 : d.conversionWindowDays();
    if (window < 1 || window > 90) {
      problems.add("conversionWindowDays: must be between 1 and 90");
    }
    if (d.template() == null) {
      problems.add("template: missing; give body (and subject for email)");
    } else {
      problems.addAll(d.template().problems(recommendations));
      if (channel == Channel.EMAIL
          && (d.template().subject() == null || d.template().subject().isBlank())) {
        problems.add("template.subject: an email needs a subject");
      }
    }
    if (d.startAt() != null && d.startAt().isBefore(clock.instant().minusSeconds(60))) {
      problems.add("startAt: is in the past; leave it out to send at launch");
    }
    if (!problems.isEmpty()) {
      throw ApiProblem.badRequest("invalid campaign: " + String.join("; ", problems));
    }
    CampaignId id = new CampaignId("cmp-" + UUID.randomUUID().toString().substring(0, 13));
    Campaign campaign =
        new Campaign(
            id,
            d.name().strip(),
            type,
            new AudienceId(d.audienceId()),
            channel,
            d.template(),
            recommendations,
            holdout,
            d.startAt(),
            cap,
            window,
            d.experimentKey() == null || d.experimentKey().isBlank()
                ? id.value()
                : d.experimentKey(),
            CampaignStatus.DRAFT,
            clock.instant(),
            null,
            null,
            Progress.NONE);
    store.create(campaign);
    return campaign;
  }

  private boolean audiencesLacks(String audienceId) {
    try {
      audiences.get(new AudienceId(audienceId));
      return false;
    } catch (ApiProblem notFound) {
      return true;
    }
  }

  public Campaign get(CampaignId id) {
    return store
        .find(id)
        .orElseThrow(() -> ApiProblem.notFound("no campaign with id '" + id + "'"));
  }

  /**
   * The member's group in the campaign's experiment: the recorded one, or assigned and recorded now
   * by the same stable hash the campaign's sends use. Exports of the campaign's audience use it, so
   * every channel sees the same split.
   */
  public Group groupOf(Campaign campaign, ProfileId member) {
    Group group = Holdout.assign(member, campaign.experimentKey(), campaign.holdoutPercent());
    return store.assign(campaign.id(), member, group, clock.instant()).group();
  }

  /**
   * Whether a launched campaign waits for its audience's first computation before it sends (the
   * runner starts it once the audience is computed).
   */
  public boolean waitingForAudience(Campaign campaign) {
    return (campaign.status() == CampaignStatus.RUNNING
            || campaign.status() == CampaignStatus.SCHEDULED)
        && audiences.get(campaign.audienceId()).computedAt() == null;
  }

  public List<Campaign> list() {
    return store.list();
  }

  /**
   * Launches a draft (or relaunches a completed campaign, which reaches members who joined the
   * audience since): running at once, or scheduled until its start time.
   */
  public Campaign launch(CampaignId id) {
    Campaign campaign = get(id);
    Instant now = clock.instant();
    CampaignStatus to =
        campaign.startAt() != null && campaign.startAt().isAfter(now)
            ? CampaignStatus.SCHEDULED
            : CampaignStatus.RUNNING;
    if (!store.changeStatus(id, Set.of(CampaignStatus.DRAFT, CampaignStatus.COMPLETED), to, now)) {
      throw new ApiProblem(
          HttpStatus.CONFLICT,
          "campaign "
              + id
              + " is "
              + get(id).status().wireName()
              + "; only a draft or a"
              + " completed campaign can be launched");
    }
    return get(id);
  }
}
