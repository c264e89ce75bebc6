package io.c360.platform.table;

import org.jspecify.annotations.Nullable;

/**
 * One DynamoDB table: its logical name (the physical name is {@code <prefix><name>}), its string
 * partition key, an optional string sort key, and an optional TTL attribute.
 */
public record TableSpec(
    String name, String partitionKey, @Nullable String sortKey, @Nullable String ttlAttribute) {

  /** The physical table name under the configured {@code c360.tables.prefix}. */
  public String physicalName(String prefix) {
    return prefix + name;
  }
}
