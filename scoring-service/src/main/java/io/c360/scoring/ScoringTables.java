package io.c360.scoring;

import io.c360.platform.table.ServiceTables;
import io.c360.platform.table.TableSpec;
import java.util.List;

/**
 * The DynamoDB tables scoring-service owns: no other service reads or writes them (one that needs
 * this service's data keeps its own projection of its topics). The service creates those that are
 * missing at startup ({@link #SERVICE}, unless {@code c360.tables.create-missing=false}); the init
 * scripts ({@code infra/docker/init/create-tables.sh} and the k8s copy) create the same tables for
 * deployments that provision them up front.
 */
public final class ScoringTables {

  /**
   * Model definitions ({@code definition#<n>}), trained versions ({@code version#<n>}) and the
   * champion pointer ({@code champion}) per model name.
   */
  public static final TableSpec SCORING_MODELS =
      new TableSpec("scoring-models", "modelName", "entryKey", null);

  /** the latest score of each model per profile (what it publishes): profileId. */
  public static final TableSpec SCORING_SCORES =
      new TableSpec("scoring-scores", "profileId", null, null);

  /**
   * Its projection of {@code c360.resolved-events.v1} and {@code c360.profiles.v1}, the compact
   * per-profile history features are computed from: profileId + entryKey.
   */
  public static final TableSpec SCORING_HISTORY =
      new TableSpec("scoring-history", "profileId", "entryKey", null);

  /** Every table of the service. */
  public static final List<TableSpec> ALL =
      List.of(SCORING_MODELS, SCORING_SCORES, SCORING_HISTORY);

  /** What the service declares to the platform, which creates the missing ones at startup. */
  public static final ServiceTables SERVICE = new ServiceTables(ALL);

  private ScoringTables() {}
}
