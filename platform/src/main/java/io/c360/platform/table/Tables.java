package io.c360.platform.table;

import java.util.List;

/**
 * The DynamoDB tables of the platform. Each has one owner, and no other service reads or writes it:
 * {@code identity}, {@code profiles} and {@code timeline} belong to identity-service, the rest to
 * the service named in their prefix. A service that needs another's data keeps its own projection
 * of that service's topic.
 */
public final class Tables {

  /** Property that holds the table-name prefix, e.g. {@code c360-dev-}. */
  public static final String PREFIX_PROPERTY = "c360.tables.prefix";

  /** Default prefix for local runs. */
  public static final String DEFAULT_PREFIX = "c360-";

  /**
   * identifier key ({@code email#ann@example.com}) to profileId; erasure tombstones ({@code
   * erased#<sha256 of the key>}) expire through the {@code expiresAt} TTL attribute.
   */
  public static final TableSpec IDENTITY =
      new TableSpec("identity", "identifier", null, "expiresAt");

  /** profileId to the unified profile. */
  public static final TableSpec PROFILES = new TableSpec("profiles", "profileId", null, null);

  /** profileId + {@code timestamp#messageId} to the resolved event. */
  public static final TableSpec TIMELINE = new TableSpec("timeline", "profileId", "eventKey", null);

  /**
   * identity-service: the audit trail of each profile (merges, refused merges, unmerges, erasures):
   * profileId + {@code time#id}.
   */
  public static final TableSpec IDENTITY_AUDIT =
      new TableSpec("identity-audit", "profileId", "entryKey", null);

  /**
   * identity-service: blocking keys of offline fuzzy matching (e.g. a postcode, or how a last name
   * sounds) to the profiles that carry them: blockKey + profileId.
   */
  public static final TableSpec IDENTITY_BLOCKS =
      new TableSpec("identity-blocks", "blockKey", "profileId", null);

  /**
   * identity-service: the review queue of suggested links ({@code suggestion#<id>}) and the pairs a
   * steward rejected ({@code rejected#<profileId>#<profileId>}): itemKey.
   */
  public static final TableSpec IDENTITY_LINK_SUGGESTIONS =
      new TableSpec("identity-link-suggestions", "itemKey", null, null);

  /**
   * identity-service: its projection of {@code c360.scores.v1}, the latest score of each model per
   * profile, shown by the profile API: profileId.
   */
  public static final TableSpec IDENTITY_SCORES =
      new TableSpec("identity-scores", "profileId", null, null);

  /** ingest-service: file imports and their reports. */
  public static final TableSpec INGEST_IMPORTS =
      new TableSpec("ingest-imports", "importId", null, null);

  /**
   * scoring-service: model definitions ({@code definition#<n>}), trained versions ({@code
   * version#<n>}) and the champion pointer ({@code champion}) per model name.
   */
  public static final TableSpec SCORING_MODELS =
      new TableSpec("scoring-models", "modelName", "entryKey", null);

  /** scoring-service: the latest score of each model per profile (what it publishes): profileId. */
  public static final TableSpec SCORING_SCORES =
      new TableSpec("scoring-scores", "profileId", null, null);

  /**
   * scoring-service: its projection of {@code c360.resolved-events.v1} and {@code
   * c360.profiles.v1}, the compact per-profile history features are computed from: profileId +
   * entryKey.
   */
  public static final TableSpec SCORING_HISTORY =
      new TableSpec("scoring-history", "profileId", "entryKey", null);

  /** recommendation-service: its projection of the identity graph, identifier key to profileId. */
  public static final TableSpec RECOMMENDATION_IDENTITY =
      new TableSpec("recommendation-identity", "identifier", null, null);

  /**
   * recommendation-service: its projection of the resolved events it learns from (views, cart adds,
   * purchases) per profile: profileId + interactionKey.
   */
  public static final TableSpec RECOMMENDATION_INTERACTIONS =
      new TableSpec("recommendation-interactions", "profileId", "interactionKey", null);

  /**
   * activation-service: its profile view (traits, consent, computed traits, scores), a projection
   * of {@code c360.profiles.v1} and {@code c360.scores.v1}: profileId.
   */
  public static final TableSpec ACTIVATION_PROFILES =
      new TableSpec("activation-profiles", "profileId", null, null);

  /** activation-service: audience definitions, size and when they were computed: audienceId. */
  public static final TableSpec ACTIVATION_AUDIENCES =
      new TableSpec("activation-audiences", "audienceId", null, null);

  /** activation-service: the current members of each audience: audienceId + profileId. */
  public static final TableSpec ACTIVATION_AUDIENCE_MEMBERS =
      new TableSpec("activation-audience-members", "audienceId", "profileId", null);

  /** activation-service: campaigns with their status and progress counters: campaignId. */
  public static final TableSpec ACTIVATION_CAMPAIGNS =
      new TableSpec("activation-campaigns", "campaignId", null, null);

  /**
   * activation-service: each campaign member's treatment/control assignment (never re-assigned) and
   * send state: campaignId + profileId.
   */
  public static final TableSpec ACTIVATION_ASSIGNMENTS =
      new TableSpec("activation-assignments", "campaignId", "profileId", null);

  /**
   * activation-service: messages sent to a profile ({@code sentAt#messageId}), for frequency caps;
   * expire through {@code expiresAt}.
   */
  public static final TableSpec ACTIVATION_CONTACTS =
      new TableSpec("activation-contacts", "profileId", "contactKey", "expiresAt");

  /**
   * activation-service: orders per profile ({@code orderedAt#messageId}) from the resolved events,
   * for campaign conversion, and {@code merged-into} pointers of merged profiles.
   */
  public static final TableSpec ACTIVATION_ORDERS =
      new TableSpec("activation-orders", "profileId", "orderKey", null);

  /** activation-service: the outbox, every message that would have been sent: messageId. */
  public static final TableSpec ACTIVATION_OUTBOX =
      new TableSpec("activation-outbox", "messageId", null, null);

  /** Every table, created by the devstack for local runs and tests. */
  public static final List<TableSpec> ALL =
      List.of(
          IDENTITY,
          PROFILES,
          TIMELINE,
          IDENTITY_AUDIT,
          IDENTITY_BLOCKS,
          IDENTITY_LINK_SUGGESTIONS,
          IDENTITY_SCORES,
          INGEST_IMPORTS,
          SCORING_MODELS,
          SCORING_SCORES,
          SCORING_HISTORY,
          RECOMMENDATION_IDENTITY,
          RECOMMENDATION_INTERACTIONS,
          ACTIVATION_PROFILES,
          ACTIVATION_AUDIENCES,
          ACTIVATION_AUDIENCE_MEMBERS,
          ACTIVATION_CAMPAIGNS,
          ACTIVATION_ASSIGNMENTS,
          ACTIVATION_CONTACTS,
          ACTIVATION_ORDERS,
          ACTIVATION_OUTBOX);

  private Tables() {}
}
