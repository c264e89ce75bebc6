package io.c360.platform.table;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param prefix prepended to every table name, so several environments can share one account
 * @param createMissing whether the service creates the tables it declares ({@link ServiceTables})
 *     that do not exist yet, at startup; turn it off where the tables come from the init scripts or
 *     infrastructure as code and the service's role may not create tables
 */
@ConfigurationProperties("c360.tables")
public record TablesProperties(
    @DefaultValue(TablesProperties.DEFAULT_PREFIX) String prefix,
    @DefaultValue("true") boolean createMissing) {

  /** Property that holds the table-name prefix, e.g. {@code c360-dev-}. */
  public static final String PREFIX_PROPERTY = "c360.tables.prefix";

  /** Property that turns the creation of missing tables at startup on (the default) or off. */
  public static final String CREATE_MISSING_PROPERTY = "c360.tables.create-missing";

  /** Default prefix for local runs. */
  public static final String DEFAULT_PREFIX = "c360-";

  public String physicalName(TableSpec table) {
    return table.physicalName(prefix);
  }
}
