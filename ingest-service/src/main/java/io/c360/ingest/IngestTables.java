package io.c360.ingest;

import io.c360.platform.table.ServiceTables;
import io.c360.platform.table.TableSpec;
import java.util.List;

/**
 * The DynamoDB tables ingest-service owns: no other service reads or writes them (one that needs
 * this service's data keeps its own projection of its topics). The service creates those that are
 * missing at startup ({@link #SERVICE}, unless {@code c360.tables.create-missing=false}); the init
 * scripts ({@code infra/docker/init/create-tables.sh} and the k8s copy) create the same tables for
 * deployments that provision them up front.
 */
public final class IngestTables {

  /** file imports and their reports. */
  public static final TableSpec INGEST_IMPORTS =
      new TableSpec("ingest-imports", "importId", null, null);

  /** Every table of the service. */
  public static final List<TableSpec> ALL = List.of(INGEST_IMPORTS);

  /** What the service declares to the platform, which creates the missing ones at startup. */
  public static final ServiceTables SERVICE = new ServiceTables(ALL);

  private IngestTables() {}
}
