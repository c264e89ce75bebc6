package io.c360.ingest.imports.dynamodb;

import io.c360.ingest.imports.ImportReport;
import io.c360.ingest.imports.ImportStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import tools.jackson.databind.json.JsonMapper;

/**
 * Import reports in the {@code ingest-imports} table: the import id as key, the status, the lease
 * ({@code holder}, {@code leaseUntil} in epoch milliseconds) and the creation time as their own
 * attributes (for conditions and listing), the report as JSON (at most 1,000 listed rejections
 * keeps an item far below DynamoDB's 400 KB). Every write after creation is conditional on the
 * lease, so an instance that lost an import to another cannot overwrite its progress.
 */
class DynamoDbImportStore implements ImportStore {

  private static final String ID = "importId";
  private static final String STATUS = "status";
  private static final String REPORT = "report";
  private static final String HOLDER = "holder";
  private static final String LEASE_UNTIL = "leaseUntil";
  private static final String CREATED_AT = "createdAt";

  private final DynamoDbClient dynamo;
  private final String table;
  private final JsonMapper json;

  DynamoDbImportStore(DynamoDbClient dynamo, String table, JsonMapper json) {
    this.dynamo = dynamo;
    this.table = table;
    this.json = json;
  }

  @Override
  public void create(ImportReport report, Lease lease) {
    dynamo.putItem(
        r ->
            r.tableName(table)
                .item(item(report, lease))
                .conditionExpression("attribute_not_exists(" + ID + ")"));
  }

  @Override
  public boolean update(ImportReport report, Lease lease) {
    try {
      dynamo.putItem(
          r ->
              r.tableName(table)
                  .item(item(report, lease))
                  .conditionExpression("#h = :h")
                  .expressionAttributeNames(Map.of("#h", HOLDER))
                  .expressionAttributeValues(Map.of(":h", AttributeValue.fromS(lease.holder()))));
      return true;
    } catch (ConditionalCheckFailedException e) {
      return false;
    }
  }

  @Override
  public Optional<ImportReport> claimAbandoned(String importId, Lease lease, Instant now) {
    return claim(
        importId,
        lease,
        "#s IN (:pending, :running) AND #u < :now",
        Map.of(
            ":pending", AttributeValue.fromS(ImportReport.Status.PENDING.name()),
            ":running", AttributeValue.fromS(ImportReport.Status.RUNNING.name()),
            ":now", millis(now)));
  }

  @Override
  public Optional<ImportReport> claimFailed(String importId, Lease lease) {
    return claim(
        importId,
        lease,
        "#s = :failed",
        Map.of(":failed", AttributeValue.fromS(ImportReport.Status.FAILED.name())));
  }

  private Optional<ImportReport> claim(
      String importId, Lease lease, String condition, Map<String, AttributeValue> values) {
    Map<String, AttributeValue> all = new HashMap<>(values);
    all.put(":h", AttributeValue.fromS(lease.holder()));
    all.put(":until", millis(lease.until()));
    try {
      var attributes =
          dynamo
              .updateItem(
                  r ->
                      r.tableName(table)
                          .key(Map.of(ID, AttributeValue.fromS(importId)))
                          .updateExpression("SET #h = :h, #u = :until")
                          .conditionExpression(condition)
                          .expressionAttributeNames(
                              Map.of("#h", HOLDER, "#u", LEASE_UNTIL, "#s", STATUS))
                          .expressionAttributeValues(all)
                          .returnValues(ReturnValue.ALL_NEW))
              .attributes();
      return Optional.of(json.readValue(attributes.get(REPORT).s(), ImportReport.class));
    } catch (ConditionalCheckFailedException e) {
      return Optional.empty();
    }
  }

  @Override
  public List<String> abandoned(Instant now) {
    List<String> ids = new ArrayList<>();
    dynamo
        .scanPaginator(
            r ->
                r.tableName(table)
                    .consistentRead(true)
                    .projectionExpression("#id")
                    .filterExpression("#s IN (:pending, :running) AND #u < :now")
                    .expressionAttributeNames(Map.of("#id", ID, "#s", STATUS, "#u", LEASE_UNTIL))
                    .expressionAttributeValues(
                        Map.of(
                            ":pending", AttributeValue.fromS(ImportReport.Status.PENDING.name()),
                            ":running", AttributeValue.fromS(ImportReport.Status.RUNNING.name()),
                            ":now", millis(now))))
        .items()
        .forEach(item -> ids.add(item.get(ID).s()));
    return ids;
  }

  /**
   * Reads only ids and creation times of every import (a scan: the table holds one small item per
   * import, not per row), orders them newest first, and fetches the reports of one page.
   */
  @Override
  public List<ImportReport> list(int limit, @Nullable String after) {
    record Entry(String id, long createdAt) {}
    List<Entry> entries = new ArrayList<>();
    dynamo
        .scanPaginator(
            r ->
                r.tableName(table)
                    .projectionExpression("#id, #c")
                    .expressionAttributeNames(Map.of("#id", ID, "#c", CREATED_AT)))
        .items()
        .forEach(
            item ->
                entries.add(
                    new Entry(
                        item.get(ID).s(),
                        item.containsKey(CREATED_AT)
                            ? Long.parseLong(item.get(CREATED_AT).n())
                            : 0L)));
    entries.sort(Comparator.comparingLong(Entry::createdAt).thenComparing(Entry::id).reversed());
    int from = 0;
    if (after != null) {
      for (int i = 0; i < entries.size(); i++) {
        if (entries.get(i).id().equals(after)) {
          from = i + 1;
          break;
        }
      }
    }
    List<ImportReport> page = new ArrayList<>();
    for (int i = from; i < entries.size() && page.size() < limit; i++) {
      find(entries.get(i).id()).ifPresent(page::add);
    }
    return page;
  }

  @Override
  public Optional<ImportReport> find(String importId) {
    var item =
        dynamo
            .getItem(
                r ->
                    r.tableName(table)
                        .key(Map.of(ID, AttributeValue.fromS(importId)))
                        .consistentRead(true))
            .item();
    if (item == null || !item.containsKey(REPORT)) {
      return Optional.empty();
    }
    return Optional.of(json.readValue(item.get(REPORT).s(), ImportReport.class));
  }

  private Map<String, AttributeValue> item(ImportReport report, Lease lease) {
    return Map.of(
        ID, AttributeValue.fromS(report.importId()),
        STATUS, AttributeValue.fromS(report.status().name()),
        REPORT, AttributeValue.fromS(json.writeValueAsString(report)),
        HOLDER, AttributeValue.fromS(lease.holder()),
        LEASE_UNTIL, millis(lease.until()),
        CREATED_AT, millis(report.createdAt()));
  }

  private static AttributeValue millis(Instant instant) {
    return AttributeValue.fromN(Long.toString(instant.toEpochMilli()));
  }
}
