package io.c360.activation.delivery.outbox.dynamodb;

import io.c360.activation.delivery.outbox.OutboxEntry;
import io.c360.activation.delivery.outbox.OutboxQuery;
import io.c360.activation.delivery.outbox.OutboxStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox in the {@code activation-outbox} table: one item per messageId, written with {@code
 * attribute_not_exists(messageId)} so a messageId is recorded once whatever the number of instances
 * or retries. The entry is stored whole as JSON ({@code entry}); campaignId, profileId, channel,
 * destination and recordedAt are also top-level attributes to filter on.
 *
 * <p>Queries scan the table with a filter and keep the newest {@code limit} matches: the outbox is
 * a development and demo destination, not a production message log, so a scan is acceptable there
 * (a production setup configures real destinations and the outbox stays small).
 */
final class DynamoDbOutboxStore implements OutboxStore {

  private static final String KEY = "messageId";

  private final DynamoDbClient dynamo;
  private final String table;
  private final JsonMapper json;

  DynamoDbOutboxStore(DynamoDbClient dynamo, String table, JsonMapper json) {
    this.dynamo = dynamo;
    this.table = table;
    this.json = json;
  }

  @Override
  public Optional<OutboxEntry> putIfAbsent(OutboxEntry entry) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put(KEY, s(entry.messageId()));
    item.put("destination", s(entry.destination()));
    item.put("recordedAt", s(entry.recordedAt().toString()));
    item.put("entry", s(json.writeValueAsString(entry)));
    if (entry.channel() != null) {
      item.put("channel", s(entry.channel().wireName()));
    }
    if (entry.campaignId() != null) {
      item.put("campaignId", s(entry.campaignId()));
    }
    if (entry.profileId() != null) {
      item.put("profileId", s(entry.profileId()));
    }
    try {
      dynamo.putItem(
          PutItemRequest.builder()
              .tableName(table)
              .item(item)
              .conditionExpression("attribute_not_exists(#k)")
              .expressionAttributeNames(Map.of("#k", KEY))
              .build());
      return Optional.empty();
    } catch (ConditionalCheckFailedException e) {
      Map<String, AttributeValue> existing =
          dynamo
              .getItem(
                  GetItemRequest.builder()
                      .tableName(table)
                      .key(Map.of(KEY, s(entry.messageId())))
                      .consistentRead(true)
                      .build())
              .item();
      if (existing == null || existing.isEmpty()) {
        throw new IllegalStateException(
            "outbox message " + entry.messageId() + " exists but could not be read back", e);
      }
      return Optional.of(read(existing));
    }
  }

  @Override
  public List<OutboxEntry> find(OutboxQuery query) {
    Map<String, String> names = new HashMap<>();
    Map<String, AttributeValue> values = new HashMap<>();
    List<String> conditions = new ArrayList<>();
    filter("campaignId", query.campaignId(), names, values, conditions);
    filter("profileId", query.profileId(), names, values, conditions);
    filter(
        "channel",
        query.channel() == null ? null : query.channel().wireName(),
        names,
        values,
        conditions);
    filter("destination", query.destination(), names, values, conditions);
    ScanRequest.Builder scan = ScanRequest.builder().tableName(table);
    if (!conditions.isEmpty()) {
      scan.filterExpression(String.join(" AND ", conditions))
          .expressionAttributeNames(names)
          .expressionAttributeValues(values);
    }
    Comparator<OutboxEntry> newestFirst =
        Comparator.comparing(OutboxEntry::recordedAt)
            .thenComparing(OutboxEntry::messageId)
            .reversed();
    // a min-heap of the newest `limit` entries seen so far
    PriorityQueue<OutboxEntry> newest = new PriorityQueue<>(newestFirst.reversed());
    for (Map<String, AttributeValue> item : dynamo.scanPaginator(scan.build()).items()) {
      newest.add(read(item));
      if (newest.size() > query.limit()) {
        newest.poll();
      }
    }
    List<OutboxEntry> entries = new ArrayList<>(newest);
    entries.sort(newestFirst);
    return entries;
  }

  @Override
  public int forget(String profileId) {
    ScanRequest scan =
        ScanRequest.builder()
            .tableName(table)
            .projectionExpression("#id")
            .filterExpression("#profileId = :profileId")
            .expressionAttributeNames(Map.of("#id", KEY, "#profileId", "profileId"))
            .expressionAttributeValues(Map.of(":profileId", s(profileId)))
            .build();
    int deleted = 0;
    for (Map<String, AttributeValue> item : dynamo.scanPaginator(scan).items()) {
      dynamo.deleteItem(r -> r.tableName(table).key(Map.of(KEY, item.get(KEY))));
      deleted++;
    }
    return deleted;
  }

  private static void filter(
      String attribute,
      @Nullable String value,
      Map<String, String> names,
      Map<String, AttributeValue> values,
      List<String> conditions) {
    if (value == null) {
      return;
    }
    names.put("#" + attribute, attribute);
    values.put(":" + attribute, s(value));
    conditions.add("#" + attribute + " = :" + attribute);
  }

  private OutboxEntry read(Map<String, AttributeValue> item) {
    return json.readValue(item.get("entry").s(), OutboxEntry.class);
  }

  private static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }
}
