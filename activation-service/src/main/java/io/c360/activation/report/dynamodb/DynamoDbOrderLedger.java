package io.c360.activation.report.dynamodb;

import io.c360.activation.profile.ProfileId;
import io.c360.activation.report.Order;
import io.c360.activation.report.OrderLedger;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Orders keyed by profileId + {@code o#<orderedAt epoch millis, 15 digits>#<messageId>}, so a
 * conversion window is one range Query; a merged profile has a {@code merged-into} item naming its
 * survivor.
 */
final class DynamoDbOrderLedger implements OrderLedger {

  private static final String MERGED_INTO = "merged-into";
  private static final int MAX_HOPS = 8;

  private final DynamoDbClient dynamo;
  private final String table;

  DynamoDbOrderLedger(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
  }

  @Override
  public void record(ProfileId profile, Order order) {
    dynamo.putItem(
        r ->
            r.tableName(table)
                .item(
                    Map.of(
                        "profileId", AttributeValue.fromS(profile.value()),
                        "orderKey",
                            AttributeValue.fromS(orderKey(order.orderedAt(), order.messageId())),
                        "messageId", AttributeValue.fromS(order.messageId()),
                        "orderedAt", AttributeValue.fromS(order.orderedAt().toString()),
                        "revenue", AttributeValue.fromN(order.revenue().toPlainString()))));
  }

  @Override
  public void merged(ProfileId merged, ProfileId survivor) {
    dynamo.putItem(
        r ->
            r.tableName(table)
                .item(
                    Map.of(
                        "profileId", AttributeValue.fromS(merged.value()),
                        "orderKey", AttributeValue.fromS(MERGED_INTO),
                        "survivor", AttributeValue.fromS(survivor.value()))));
  }

  @Override
  public void forget(ProfileId profile) {
    List<WriteRequest> deletes = new ArrayList<>();
    QueryRequest request =
        QueryRequest.builder()
            .tableName(table)
            .keyConditionExpression("profileId = :p")
            .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(profile.value())))
            .projectionExpression("profileId, orderKey")
            .build();
    for (QueryResponse page : dynamo.queryPaginator(request)) {
      for (Map<String, AttributeValue> item : page.items()) {
        deletes.add(WriteRequest.builder().deleteRequest(d -> d.key(item)).build());
      }
    }
    for (int i = 0; i < deletes.size(); i += 25) {
      List<WriteRequest> batch = deletes.subList(i, Math.min(deletes.size(), i + 25));
      Map<String, List<WriteRequest>> pending = Map.of(table, batch);
      while (!pending.isEmpty()) {
        Map<String, List<WriteRequest>> next = pending;
        pending = dynamo.batchWriteItem(r -> r.requestItems(next)).unprocessedItems();
      }
    }
  }

  @Override
  public List<Order> orders(ProfileId profile, Instant from, Instant to) {
    List<Order> found = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String current = profile.value();
    for (int hop = 0; hop < MAX_HOPS && current != null && seen.add(current); hop++) {
      String id = current;
      QueryRequest request =
          QueryRequest.builder()
              .tableName(table)
              .keyConditionExpression("profileId = :p AND orderKey BETWEEN :from AND :to")
              .expressionAttributeValues(
                  Map.of(
                      ":p", AttributeValue.fromS(id),
                      ":from", AttributeValue.fromS(orderKey(from, "")),
                      ":to", AttributeValue.fromS(orderKey(to, ""))))
              .consistentRead(true)
              .build();
      for (QueryResponse page : dynamo.queryPaginator(request)) {
        for (Map<String, AttributeValue> item : page.items()) {
          found.add(
              new Order(
                  item.get("messageId").s(),
                  Instant.parse(item.get("orderedAt").s()),
                  new BigDecimal(item.get("revenue").n())));
        }
      }
      Map<String, AttributeValue> pointer =
          dynamo
              .getItem(
                  r ->
                      r.tableName(table)
                          .key(
                              Map.of(
                                  "profileId", AttributeValue.fromS(id),
                                  "orderKey", AttributeValue.fromS(MERGED_INTO)))
                          .consistentRead(true))
              .item();
      current = pointer == null || pointer.isEmpty() ? null : pointer.get("survivor").s();
    }
    Set<String> distinct = new HashSet<>();
    return found.stream()
        .filter(o -> distinct.add(o.messageId()))
        .sorted(Comparator.comparing(Order::orderedAt))
        .toList();
  }

  /** {@code o#} then the time, fixed width so that keys sort in time order, then the messageId. */
  private static String orderKey(Instant at, String messageId) {
    return String.format("o#%015d#%s", at.toEpochMilli(), messageId);
  }
}
