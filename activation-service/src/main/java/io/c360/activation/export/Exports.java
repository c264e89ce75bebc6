package io.c360.activation.export;

import io.c360.activation.audience.Audience;
import io.c360.activation.audience.AudienceId;
import io.c360.activation.audience.AudienceStore;
import io.c360.activation.campaign.Campaign;
import io.c360.activation.campaign.CampaignId;
import io.c360.activation.campaign.CampaignService;
import io.c360.activation.campaign.Group;
import io.c360.activation.profile.ProfileId;
import io.c360.activation.segment.SegmentSync;
import io.c360.activation.segment.SegmentTraits;
import io.c360.activation.segment.SyncResult;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Pushes audiences to destinations, and builds lookalike seed lists from scores. Every export gets
 * an id ({@code <destination>-<yyyyMMdd-HHmmss>-<random>}) that names its file and its messages.
 */
@Service
public final class Exports {

  /** Where an audience can go. */
  public enum Destination {
    SEGMENT,
    LOOKALIKE;

    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The destination, or an exception that names the ones there are. */
    public static Destination parse(String value) {
      for (Destination destination : values()) {
        if (destination.wireName().equalsIgnoreCase(value.trim())) {
          return destination;
        }
      }
      throw new IllegalArgumentException(
          "unknown destination '" + value + "': expected segment or lookalike");
    }
  }

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private final AudienceStore audiences;
  private final SegmentSync segment;
  private final LookalikeExport lookalike;
  private final CampaignService campaigns;
  private final Clock clock;

  Exports(
      AudienceStore audiences,
      SegmentSync segment,
      LookalikeExport lookalike,
      CampaignService campaigns,
      Clock clock) {
    this.audiences = audiences;
    this.segment = segment;
    this.lookalike = lookalike;
    this.campaigns = campaigns;
    this.clock = clock;
  }

  /**
   * Sends every current member of the audience to the destination.
   *
   * @throws UnknownAudienceException when there is no such audience
   */
  public ExportReport exportAudience(AudienceId id, Destination destination) {
    return exportAudience(id, destination, null);
  }

  /**
   * Sends every current member of the audience to the destination; with a campaign (Segment only),
   * each member carries the campaign's experiment group and only treatment members are marked as in
   * the audience, so ads and messages hold out the same control group.
   *
   * @throws UnknownAudienceException when there is no such audience
   * @throws IllegalArgumentException when the campaign is not of this audience, or the destination
   *     is not Segment
   */
  public ExportReport exportAudience(
      AudienceId id, Destination destination, @Nullable CampaignId campaignId) {
    Audience audience =
        audiences.find(id).orElseThrow(() -> new UnknownAudienceException(id.value()));
    Function<ProfileId, Map<String, @Nullable Object>> traitsOf = null;
    if (campaignId != null) {
      if (destination != Destination.SEGMENT) {
        throw new IllegalArgumentException(
            "campaignId applies to the segment destination only (a lookalike seed holds no one"
                + " out)");
      }
      Campaign campaign = campaigns.get(campaignId);
      if (!campaign.audienceId().equals(id)) {
        throw new IllegalArgumentException(
            "campaign "
                + campaignId
                + " targets audience "
                + campaign.audienceId()
                + ", not "
                + id);
      }
      String member = SegmentTraits.audience(audience.key());
      String group = SegmentTraits.experimentGroup(campaign.experimentKey());
      traitsOf =
          profile -> {
            boolean treated = campaigns.groupOf(campaign, profile) == Group.TREATMENT;
            Map<String, @Nullable Object> traits = new HashMap<>();
            traits.put(member, treated);
            traits.put(group, treated ? "treatment" : "control");
            return traits;
          };
    }
    Instant now = clock.instant();
    String exportId = exportId(destination, now);
    return switch (destination) {
      case SEGMENT -> {
        SyncResult result =
            traitsOf == null
                ? segment.exportAudience(audience, audiences, exportId)
                : segment.exportAudience(audience, audiences, exportId, traitsOf);
        yield new ExportReport(
            exportId,
            destination.wireName(),
            segment.destination(),
            id.value(),
            null,
            null,
            result.sent() + result.skippedTotal(),
            result.sent(),
            result.skipped(),
            null,
            now);
      }
      case LOOKALIKE -> {
        LookalikeExport.Result result = lookalike.ofAudience(audience, audiences, exportId);
        yield new ExportReport(
            exportId,
            destination.wireName(),
            "blobstore",
            id.value(),
            null,
            null,
            result.members(),
            result.rows(),
            result.skipped(),
            result.blobKey(),
            now);
      }
    };
  }

  /** The top fraction of profiles by a score, as a lookalike seed list. */
  public ExportReport exportTopScores(String scoreModel, double topFraction) {
    Instant now = clock.instant();
    String exportId = exportId(Destination.LOOKALIKE, now);
    LookalikeExport.Result result = lookalike.ofTopScores(scoreModel, topFraction, exportId);
    return new ExportReport(
        exportId,
        Destination.LOOKALIKE.wireName(),
        "blobstore",
        null,
        scoreModel,
        topFraction,
        result.members(),
        result.rows(),
        result.skipped(),
        result.blobKey(),
        now);
  }

  private static String exportId(Destination destination, Instant now) {
    return destination.wireName()
        + "-"
        + STAMP.format(now)
        + "-"
        + UUID.randomUUID().toString().substring(0, 8);
  }
}
