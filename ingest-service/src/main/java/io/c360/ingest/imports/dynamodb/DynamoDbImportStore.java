package io.c360.ingest.imports.dynamodb;

import io.c360.ingest.imports.ImportReport;
import io.c360.ingest.imports.ImportStore;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.json.JsonMapper;

/**
 * Import reports in the {@code ingest-imports} table: the import id as key, the status as its own
 * attribute (for queries), the report as JSON (at most 1,000 listed rejections keeps an item far
 * below DynamoDB's 400 KB).
 */
class DynamoDbImportStore implements ImportStore {

  private final DynamoDbClient dynamo;
  private final String table;
  private final JsonMapper json;

  DynamoDbImportStore(DynamoDbClient dynamo, String table, JsonMapper json) {
    this.dynamo = dynamo;
    this.table = table;
    this.json = json;
  }

  @Override
  public void save(ImportReport report) {
    dynamo.putItem(
        r ->
            r.tableName(table)
                .item(
                    Map.of(
                        "importId", AttributeValue.fromS(report.importId()),
                        "status", AttributeValue.fromS(report.status().name()),
                        "report", AttributeValue.fromS(json.writeValueAsString(report)))));
  }

  @Override
  public Optional<ImportReport> find(String importId) {
    var item =
        dynamo
            .getItem(
                r ->
                    r.tableName(table)
                        .key(Map.of("importId", AttributeValue.fromS(importId)))
                        .consistentRead(true))
            .item();
    if (item == null || !item.containsKey("report")) {
      return Optional.empty();
    }
    return Optional.of(json.readValue(item.get("report").s(), ImportReport.class));
  }
}
