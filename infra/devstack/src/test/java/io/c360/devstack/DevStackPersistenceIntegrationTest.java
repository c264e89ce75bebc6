package io.c360.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.table.Tables;
import io.c360.common.topic.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DevStackPersistenceIntegrationTest {

  @TempDir Path dataDir;

  @Test
  void keepsRecordsAndItemsInTheDataDirectoryAcrossARestart() throws Exception {
    DevStack.Options options = DevStack.Options.defaults().withDataDir(dataDir);
    String table = Tables.PROFILES.physicalName(Tables.DEFAULT_PREFIX);
    Map<String, AttributeValue> key = Map.of("profileId", AttributeValue.fromS("p-42"));

    try (DevStack first = DevStack.startChildProcess(options);
        DynamoDbClient dynamoDb = DevStackClients.dynamoDb(first)) {
      Records.send(first.kafkaBootstrapServers(), Topics.PROFILES.name(), "p-42", "ann");
      dynamoDb.putItem(
          request ->
              request
                  .tableName(table)
                  .item(
                      Map.of(
                          "profileId",
                          AttributeValue.fromS("p-42"),
                          "name",
                          AttributeValue.fromS("Ann"))));
    }
    assertThat(dataDir.resolve("kafka/meta.properties")).exists();
    assertThat(dataDir.resolve("dynamodb")).isNotEmptyDirectory();

    try (DevStack second = DevStack.startChildProcess(options);
        DynamoDbClient dynamoDb = DevStackClients.dynamoDb(second)) {
      ConsumerRecord<String, String> record =
          Records.readFromBeginning(
              second.kafkaBootstrapServers(),
              Topics.PROFILES.name(),
              "p-42",
              Duration.ofSeconds(30));
      Map<String, AttributeValue> item =
          dynamoDb
              .getItem(request -> request.tableName(table).key(key).consistentRead(true))
              .item();

      assertThat(record.value()).isEqualTo("ann");
      assertThat(item).containsEntry("name", AttributeValue.fromS("Ann"));
    }
  }
}
