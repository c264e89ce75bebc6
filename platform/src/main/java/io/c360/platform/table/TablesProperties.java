package io.c360.platform.table;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param prefix prepended to every table name, so several environments can share one account
 */
@ConfigurationProperties("c360.tables")
public record TablesProperties(String prefix) {

  public TablesProperties {
    prefix = prefix == null ? Tables.DEFAULT_PREFIX : prefix;
  }

  public String physicalName(TableSpec table) {
    return table.physicalName(prefix);
  }
}
