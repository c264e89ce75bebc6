package io.c360.recommendation;

import io.c360.platform.table.ServiceTables;
import io.c360.platform.table.TableSpec;
import java.util.List;

/**
 * The DynamoDB tables recommendation-service owns: no other service reads or writes them (one that
 * needs this service's data keeps its own projection of its topics). The service creates those that
 * are missing at startup ({@link #SERVICE}, unless {@code c360.tables.create-missing=false}); the
 * init scripts ({@code infra/docker/init/create-tables.sh} and the k8s copy) create the same tables
 * for deployments that provision them up front.
 */
public final class RecommendationTables {

  /** its projection of the identity graph, identifier key to profileId. */
  public static final TableSpec RECOMMENDATION_IDENTITY =
      new TableSpec("recommendation-identity", "identifier", null, null);

  /**
   * Its projection of the resolved events it learns from (views, cart adds, purchases) per profile:
   * profileId + interactionKey.
   */
  public static final TableSpec RECOMMENDATION_INTERACTIONS =
      new TableSpec("recommendation-interactions", "profileId", "interactionKey", null);

  /** Every table of the service. */
  public static final List<TableSpec> ALL =
      List.of(RECOMMENDATION_IDENTITY, RECOMMENDATION_INTERACTIONS);

  /** What the service declares to the platform, which creates the missing ones at startup. */
  public static final ServiceTables SERVICE = new ServiceTables(ALL);

  private RecommendationTables() {}
}
