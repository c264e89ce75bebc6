package io.c360.common.table;

import java.util.List;

/**
 * The DynamoDB tables of the platform. The identity and profile tables are owned by
 * identity-service and read by the others; the rest belong to the service named in their prefix.
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

  /** ingest-service: file imports and their reports. */
  public static final TableSpec INGEST_IMPORTS =
      new TableSpec("ingest-imports", "importId", null, null);

  /**
   * scoring-service: model definitions ({@code definition#<n>}), trained versions ({@code
   * version#<n>}) and the champion pointer ({@code champion}) per model name.
   */
  public static final TableSpec SCORING_MODELS =
      new TableSpec("scoring-models", "modelName", "entryKey", null);

  /** Every table, created by the devstack for local runs and tests. */
  public static final List<TableSpec> ALL =
      List.of(
          IDENTITY,
          PROFILES,
          TIMELINE,
          IDENTITY_AUDIT,
          IDENTITY_BLOCKS,
          INGEST_IMPORTS,
          SCORING_MODELS);

  private Tables() {}
}
