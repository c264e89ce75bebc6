package io.c360.platform.table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/**
 * Creates the tables of a list that do not exist yet (on demand, string keys as the {@link
 * TableSpec} says) and waits until each is ACTIVE, and enables the TTL of a table whose spec has
 * one and that has none yet; never changes keys or deletes a table. Several processes may run it at
 * once: a table another one is creating ({@link ResourceInUseException}) is waited for, not an
 * error.
 */
public final class TableProvisioner {

  private TableProvisioner() {}

  /**
   * Creates every table of {@code tables} (named {@code prefix + name}) that does not exist yet.
   *
   * @return the physical names of the tables this call created
   */
  public static List<String> createMissing(
      DynamoDbClient dynamoDb, String prefix, Collection<TableSpec> tables) {
    Set<String> existing = new HashSet<>();
    dynamoDb.listTablesPaginator().tableNames().forEach(existing::add);
    List<String> created = new ArrayList<>();
    for (TableSpec table : tables) {
      String name = table.physicalName(prefix);
      if (!existing.contains(name) && create(dynamoDb, table, name)) {
        created.add(name);
      }
      // ACTIVE before anyone writes, whoever created it (another instance may still be at it)
      dynamoDb.waiter().waitUntilTableExists(request -> request.tableName(name));
      String ttlAttribute = table.ttlAttribute();
      if (ttlAttribute != null) {
        // also on an existing table: its creator may have stopped before this step
        enableTtl(dynamoDb, name, ttlAttribute);
      }
    }
    return created;
  }

  private static boolean create(DynamoDbClient dynamoDb, TableSpec table, String name) {
    List<AttributeDefinition> attributes = new ArrayList<>();
    List<KeySchemaElement> keys = new ArrayList<>();
    attributes.add(stringAttribute(table.partitionKey()));
    keys.add(key(table.partitionKey(), KeyType.HASH));
    String sortKey = table.sortKey();
    if (sortKey != null) {
      attributes.add(stringAttribute(sortKey));
      keys.add(key(sortKey, KeyType.RANGE));
    }
    try {
      dynamoDb.createTable(
          request ->
              request
                  .tableName(name)
                  .attributeDefinitions(attributes)
                  .keySchema(keys)
                  .billingMode(BillingMode.PAY_PER_REQUEST));
      return true;
    } catch (ResourceInUseException anotherInstanceCreatesIt) {
      return false;
    }
  }

  /** Enables the TTL unless it already is (or is being) enabled by another instance. */
  private static void enableTtl(DynamoDbClient dynamoDb, String name, String ttlAttribute) {
    TimeToLiveStatus status =
        dynamoDb
            .describeTimeToLive(request -> request.tableName(name))
            .timeToLiveDescription()
            .timeToLiveStatus();
    if (status == TimeToLiveStatus.ENABLED || status == TimeToLiveStatus.ENABLING) {
      return;
    }
    try {
      dynamoDb.updateTimeToLive(
          request ->
              request
                  .tableName(name)
                  .timeToLiveSpecification(ttl -> ttl.enabled(true).attributeName(ttlAttribute)));
    } catch (DynamoDbException e) {
      // a concurrent instance enabled it between our look and our update
      TimeToLiveStatus now =
          dynamoDb
              .describeTimeToLive(request -> request.tableName(name))
              .timeToLiveDescription()
              .timeToLiveStatus();
      if (now != TimeToLiveStatus.ENABLED && now != TimeToLiveStatus.ENABLING) {
        throw e;
      }
    }
  }

  private static AttributeDefinition stringAttribute(String name) {
    return AttributeDefinition.builder()
        .attributeName(name)
        .attributeType(ScalarAttributeType.S)
        .build();
  }

  private static KeySchemaElement key(String name, KeyType type) {
    return KeySchemaElement.builder().attributeName(name).keyType(type).build();
  }
}
