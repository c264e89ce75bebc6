package io.c360.platform.table;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The tables one service owns, declared by that service (a bean of its own {@code *Tables#ALL}):
 * the platform creates those that are missing at startup ({@link
 * TableProvisioningAutoConfiguration}). No other service names them.
 */
public record ServiceTables(List<TableSpec> tables) {

  public ServiceTables {
    tables = List.copyOf(tables);
    Set<String> names = new HashSet<>();
    for (TableSpec table : tables) {
      if (!names.add(table.name())) {
        throw new IllegalArgumentException("table " + table.name() + " is declared twice");
      }
    }
  }
}
