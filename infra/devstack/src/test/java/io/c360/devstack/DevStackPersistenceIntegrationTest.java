package io.c360.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.topic.Topics;
import io.c360.platform.table.TableSpec;
import io.c360.platform.table.TablesProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

class DevStackPersistenceIntegrationTest {

  private static final TableSpec PROFILES = new TableSpec("profiles", "profileId", null, null);
  private static final TableSpec TIMELINE =
      new TableSpec("timeline", "profileId", "eventKey", null);

  @TempDir Path dataDir;

  @Test
  void keepsRecordsAndItemsInTheDataDirectoryAcrossARestart() throws Exception {
    DevStack.Options options = DevStack.Options.defaults().withDataDir(dataDir);
    String table = PROFILES.physicalName(TablesProperties.DEFAULT_PREFIX);
    Map<String, AttributeValue> key = Map.of("profileId", AttributeValue.fromS("p-42"));

    try (DevStack first = DevStack.startChildProcess(options);
        DynamoDbClient dynamoDb = DevStackClients.dynamoDb(first)) {
      assertThat(dynamoDb.listTables().tableNames())
          .as("a new stack has topics only: each service creates its own tables")
          .isEmpty();
      first.createTables(List.of(PROFILES));
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

  @Test
  void keepsEveryAcknowledgedWriteWhenTheStackIsKilledAndCommitsThroughAWriteAheadLog()
      throws Exception {
    DevStack.Options options = DevStack.Options.defaults().withDataDir(dataDir);
    String table = TIMELINE.physicalName(TablesProperties.DEFAULT_PREFIX);
    int items = 200;

    DevStack first = DevStack.startChildProcess(options);
    first.createTables(List.of(TIMELINE));
    try (DynamoDbClient dynamoDb = DevStackClients.dynamoDb(first)) {
      for (int batch = 0; batch < items / 25; batch++) {
        List<WriteRequest> puts = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
          int n = batch * 25 + i;
          puts.add(
              WriteRequest.builder()
                  .putRequest(
                      p ->
                          p.item(
                              Map.of(
                                  "profileId", AttributeValue.fromS("p-" + n % 7),
                                  "eventKey", AttributeValue.fromS("e-" + n))))
                  .build());
        }
        var answer = dynamoDb.batchWriteItem(r -> r.requestItems(Map.of(table, puts)));
        assertThat(answer.unprocessedItems()).isEmpty();
      }
    } finally {
      first.kill();
    }
    // SQLite's header says how the file commits: 2 and 2 at offsets 18 and 19 mean WAL
    byte[] header = new byte[20];
    try (var in = Files.newInputStream(dataDir.resolve("dynamodb/shared-local-instance.db"))) {
      assertThat(in.readNBytes(header, 0, 20)).isEqualTo(20);
    }
    assertThat(header[18]).as("write version").isEqualTo((byte) 2);
    assertThat(header[19]).as("read version").isEqualTo((byte) 2);

    try (DevStack second = DevStack.startChildProcess(options);
        DynamoDbClient dynamoDb = DevStackClients.dynamoDb(second)) {
      int found = 0;
      for (var page : dynamoDb.scanPaginator(r -> r.tableName(table).consistentRead(true))) {
        found += page.count();
      }
      assertThat(found).as("items written before the kill").isEqualTo(items);
    }
  }
}
