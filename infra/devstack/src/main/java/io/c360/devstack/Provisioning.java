package io.c360.devstack;

import io.c360.common.topic.TopicSpec;
import io.c360.platform.table.TableSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Creates the catalog's topics and tables that do not exist yet; never changes existing ones. */
final class Provisioning {

  private static final long TIMEOUT_SECONDS = 60;

  private Provisioning() {}

  /** Creates every topic of {@code topics} that the broker does not have yet. */
  static void createTopics(Admin admin, List<TopicSpec> topics)
      throws InterruptedException, ExecutionException, TimeoutException {
    Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    List<NewTopic> missing =
        topics.stream()
            .filter(topic -> !existing.contains(topic.name()))
            .map(Provisioning::newTopic)
            .toList();
    if (missing.isEmpty()) {
      return;
    }
    try {
      admin.createTopics(missing).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw e;
      }
    }
  }

  static NewTopic newTopic(TopicSpec topic) {
    Map<String, String> configs = new HashMap<>();
    if (topic.compacted()) {
      configs.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
    }
    if (topic.retention() != null) {
      configs.put(TopicConfig.RETENTION_MS_CONFIG, Long.toString(topic.retention().toMillis()));
    }
    return new NewTopic(topic.name(), Optional.of(topic.partitions()), Optional.empty())
        .configs(configs);
  }

  /**
   * Creates every table of {@code tables} (named {@code prefix + name}) that does not exist yet.
   */
  static void createTables(DynamoDbClient dynamoDb, List<TableSpec> tables, String prefix) {
    Set<String> existing = new HashSet<>();
    dynamoDb.listTablesPaginator().tableNames().forEach(existing::add);
    for (TableSpec table : tables) {
      String name = table.physicalName(prefix);
      if (!existing.contains(name)) {
        createTable(dynamoDb, table, name);
      }
    }
  }

  private static void createTable(DynamoDbClient dynamoDb, TableSpec table, String name) {
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
    } catch (ResourceInUseException alreadyCreated) {
      return;
    }
    dynamoDb.waiter().waitUntilTableExists(request -> request.tableName(name));
    String ttlAttribute = table.ttlAttribute();
    if (ttlAttribute != null) {
      dynamoDb.updateTimeToLive(
          request ->
              request
                  .tableName(name)
                  .timeToLiveSpecification(ttl -> ttl.enabled(true).attributeName(ttlAttribute)));
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
