package io.c360.common.topic;

import io.c360.common.audience.AudienceMembershipChanged;
import io.c360.common.catalog.CatalogUpdate;
import io.c360.common.event.CustomerEvent;
import io.c360.common.profile.IdentityChange;
import io.c360.common.profile.ProfileErased;
import io.c360.common.profile.ProfileSnapshot;
import io.c360.common.profile.ResolvedEvent;
import io.c360.common.quarantine.QuarantinedRecord;
import io.c360.common.score.ScoresUpdated;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The catalog of every topic C360 publishes; the single place topic names are written. */
public final class Topics {

  /** Validated customer events, keyed by userId (or anonymousId when there is none). */
  public static final TopicSpec EVENTS =
      new TopicSpec(
          "c360.events.v1",
          "userId or anonymousId",
          "customer-event",
          CustomerEvent.class,
          6,
          false,
          Duration.ofDays(7));

  /** Catalog items (key: sku) and stock levels (key: sku@location); compacted. */
  public static final TopicSpec CATALOG =
      new TopicSpec(
          "c360.catalog.v1",
          "sku or sku@location",
          "catalog-update",
          CatalogUpdate.class,
          3,
          true,
          null);

  /** Input rejected at ingest, with the reason, for inspection and replay. */
  public static final TopicSpec QUARANTINE =
      new TopicSpec(
          "c360.quarantine.v1",
          "source",
          "quarantined-record",
          QuarantinedRecord.class,
          3,
          false,
          Duration.ofDays(14));

  /**
   * Events resolved to a profile, keyed by profileId. Kept forever: scoring's history and
   * recommendation's interactions are projections of it, rebuilt by replaying it whole.
   */
  public static final TopicSpec RESOLVED_EVENTS =
      new TopicSpec(
          "c360.resolved-events.v1",
          "profileId",
          "resolved-event",
          ResolvedEvent.class,
          6,
          false,
          TopicSpec.FOREVER);

  /** The latest unified profile, keyed by profileId; compacted. */
  public static final TopicSpec PROFILES =
      new TopicSpec(
          "c360.profiles.v1", "profileId", "profile-changed", ProfileSnapshot.class, 6, true, null);

  /**
   * One record per merge or unmerge of profiles, keyed by the surviving profileId; kept forever, as
   * the projections that follow merges are rebuilt from it.
   */
  public static final TopicSpec IDENTITY_MERGES =
      new TopicSpec(
          "c360.identity-merges.v1",
          "profileId",
          "profile-merged",
          IdentityChange.class,
          3,
          false,
          TopicSpec.FOREVER);

  /**
   * Propensity scores per profile and model, keyed by profileId. Kept 30 days: every batch-scoring
   * run publishes each eligible profile's score again, so a projection rebuilt from it (identity's,
   * activation's) is complete when batch scoring runs at least every 30 days.
   */
  public static final TopicSpec SCORES =
      new TopicSpec(
          "c360.scores.v1",
          "profileId",
          "scores-updated",
          ScoresUpdated.class,
          6,
          false,
          Duration.ofDays(30));

  /**
   * Right-to-erasure records, keyed by profileId: every service deletes what it holds about the
   * profile. Kept for a year so a service restored from an old backup can replay them.
   */
  public static final TopicSpec ERASURES =
      new TopicSpec(
          "c360.erasures.v1",
          "profileId",
          "profile-erased",
          ProfileErased.class,
          3,
          false,
          Duration.ofDays(365));

  /**
   * activation-service: a profile entered or left an audience, keyed by profileId (destinations
   * such as Segment send exits as {@code false}).
   */
  public static final TopicSpec AUDIENCE_MEMBERSHIPS =
      new TopicSpec(
          "c360.audience-memberships.v1",
          "profileId",
          "audience-membership-changed",
          AudienceMembershipChanged.class,
          3,
          false,
          Duration.ofDays(30));

  /** Every topic, in the order the data flows. */
  public static final List<TopicSpec> ALL =
      List.of(
          EVENTS,
          CATALOG,
          QUARANTINE,
          RESOLVED_EVENTS,
          PROFILES,
          IDENTITY_MERGES,
          SCORES,
          AUDIENCE_MEMBERSHIPS,
          ERASURES);

  /** The catalog's topic of that name, if there is one. */
  public static Optional<TopicSpec> named(String name) {
    return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  private Topics() {}
}
