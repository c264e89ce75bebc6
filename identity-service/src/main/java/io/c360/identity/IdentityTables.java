package io.c360.identity;

import io.c360.platform.table.ServiceTables;
import io.c360.platform.table.TableSpec;
import java.util.List;

/**
 * The DynamoDB tables identity-service owns: no other service reads or writes them (one that needs
 * this service's data keeps its own projection of its topics). The service creates those that are
 * missing at startup ({@link #SERVICE}, unless {@code c360.tables.create-missing=false}); the init
 * scripts ({@code infra/docker/init/create-tables.sh} and the k8s copy) create the same tables for
 * deployments that provision them up front.
 */
public final class IdentityTables {

  /**
   * Identifier key ({@code email#ann@example.com}) to profileId; erasure tombstones ({@code
   * erased#<sha256 of the key>}) expire through the {@code expiresAt} TTL attribute.
   */
  public static final TableSpec IDENTITY =
      new TableSpec("identity", "identifier", null, "expiresAt");

  /** profileId to the unified profile. */
  public static final TableSpec PROFILES = new TableSpec("profiles", "profileId", null, null);

  /** profileId + {@code timestamp#messageId} to the resolved event. */
  public static final TableSpec TIMELINE = new TableSpec("timeline", "profileId", "eventKey", null);

  /**
   * The audit trail of each profile (merges, refused merges, unmerges, erasures): profileId +
   * {@code time#id}.
   */
  public static final TableSpec IDENTITY_AUDIT =
      new TableSpec("identity-audit", "profileId", "entryKey", null);

  /**
   * Blocking keys of offline fuzzy matching (e.g. a postcode, or how a last name sounds) to the
   * profiles that carry them: blockKey + profileId.
   */
  public static final TableSpec IDENTITY_BLOCKS =
      new TableSpec("identity-blocks", "blockKey", "profileId", null);

  /**
   * The review queue of suggested links ({@code suggestion#<id>}) and the pairs a steward rejected
   * ({@code rejected#<profileId>#<profileId>}): itemKey.
   */
  public static final TableSpec IDENTITY_LINK_SUGGESTIONS =
      new TableSpec("identity-link-suggestions", "itemKey", null, null);

  /**
   * Its projection of {@code c360.scores.v1}, the latest score of each model per profile, shown by
   * the profile API: profileId.
   */
  public static final TableSpec IDENTITY_SCORES =
      new TableSpec("identity-scores", "profileId", null, null);

  /** Every table of the service. */
  public static final List<TableSpec> ALL =
      List.of(
          IDENTITY,
          PROFILES,
          TIMELINE,
          IDENTITY_AUDIT,
          IDENTITY_BLOCKS,
          IDENTITY_LINK_SUGGESTIONS,
          IDENTITY_SCORES);

  /** What the service declares to the platform, which creates the missing ones at startup. */
  public static final ServiceTables SERVICE = new ServiceTables(ALL);

  private IdentityTables() {}
}
