package io.c360.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.topic.TopicSpec;
import io.c360.common.topic.Topics;
import io.c360.devstack.test.DevStackExtension;
import io.c360.devstack.test.TopicReader;
import io.c360.devstack.test.TopicWriter;
import io.c360.devstack.test.WithDevStack;
import io.c360.platform.table.TableSpec;
import io.c360.platform.table.TablesProperties;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@WithDevStack
class DevStackIntegrationTest {

  /** A table of this test's own (the stack creates none: each service creates its own). */
  private static final TableSpec IDENTITY =
      new TableSpec("devstack-test-identity", "identifier", null, null);

  private final DevStack stack = DevStackExtension.stack();

  @Test
  void deliversARecordProducedOnTheEventsTopic() throws Exception {
    String key = "user-" + UUID.randomUUID();

    ConsumerRecord<String, String> received;
    RecordMetadata sent;
    try (TopicReader reader = new TopicReader(Topics.EVENTS.name());
        TopicWriter writer = new TopicWriter()) {
      sent = writer.send(Topics.EVENTS.name(), key, "{\"type\":\"track\"}");
      List<ConsumerRecord<String, String>> found = reader.await(1, r -> key.equals(r.key()));
      assertThat(found).hasSize(1);
      received = found.getFirst();
    }

    assertThat(received.value()).isEqualTo("{\"type\":\"track\"}");
    assertThat(received.partition()).isEqualTo(sent.partition());
    assertThat(received.offset()).isEqualTo(sent.offset());
  }

  @Test
  void createsEveryCatalogTopicWithItsPartitionsAndRetention() throws Exception {
    List<String> names = Topics.ALL.stream().map(TopicSpec::name).toList();
    try (Admin admin = DevStackClients.admin(stack)) {
      Map<String, TopicDescription> topics = admin.describeTopics(names).allTopicNames().get();
      List<ConfigResource> resources =
          names.stream().map(name -> new ConfigResource(ConfigResource.Type.TOPIC, name)).toList();
      Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all().get();

      for (TopicSpec spec : Topics.ALL) {
        assertThat(topics.get(spec.name()).partitions()).hasSize(spec.partitions());
        Config config = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, spec.name()));
        assertThat(config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value())
            .as("cleanup.policy of %s", spec.name())
            .isEqualTo(spec.compacted() ? "compact" : "delete");
        if (spec.retention() != null) {
          assertThat(config.get(TopicConfig.RETENTION_MS_CONFIG).value())
              .as("retention.ms of %s", spec.name())
              .isEqualTo(Long.toString(spec.retention().toMillis()));
        }
      }
    }
  }

  @Test
  void createsATableItIsGivenOnlyOnceUnderItsPrefix() {
    stack.createTables(List.of(IDENTITY));
    stack.createTables(List.of(IDENTITY));

    try (DynamoDbClient dynamoDb = DevStackClients.dynamoDb(stack)) {
      assertThat(dynamoDb.listTablesPaginator().tableNames().stream())
          .filteredOn(name -> name.endsWith(IDENTITY.name()))
          .containsExactly(stack.tablePrefix() + IDENTITY.name());
    }
  }

  @Test
  void storesAndReturnsAnItemInATableItCreated() {
    stack.createTables(List.of(IDENTITY));
    String identifier = "email#" + UUID.randomUUID() + "@example.com";
    String table = stack.tableName(IDENTITY);
    try (DynamoDbClient dynamoDb = DevStackClients.dynamoDb(stack)) {
      dynamoDb.putItem(
          request ->
              request
                  .tableName(table)
                  .item(
                      Map.of(
                          "identifier", AttributeValue.fromS(identifier),
                          "profileId", AttributeValue.fromS("p-1"))));

      Map<String, AttributeValue> item =
          dynamoDb
              .getItem(
                  request ->
                      request
                          .tableName(table)
                          .key(Map.of("identifier", AttributeValue.fromS(identifier)))
                          .consistentRead(true))
              .item();

      assertThat(item).containsEntry("profileId", AttributeValue.fromS("p-1"));
    }
  }

  @Test
  void publishesTheStackAsSystemProperties() {
    assertThat(System.getProperty("spring.kafka.bootstrap-servers"))
        .isEqualTo(stack.kafkaBootstrapServers());
    assertThat(System.getProperty("c360.aws.dynamodb.endpoint"))
        .isEqualTo(stack.dynamoDbEndpoint());
    assertThat(System.getProperty("c360.aws.region")).isEqualTo("us-east-1");
    assertThat(System.getProperty("c360.tables.prefix")).isEqualTo(TablesProperties.DEFAULT_PREFIX);
    assertThat(System.getProperty("aws.accessKeyId")).isNotBlank();
    assertThat(System.getProperty("aws.secretAccessKey")).isNotBlank();
  }

  @Test
  void startsOneStackPerJvm() {
    assertThat(DevStackExtension.stack()).isSameAs(stack);
    assertThat(stack.isAlive()).isTrue();
  }
}
