package io.c360.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * DynamoDB Local's own write ceilings, measured on a scratch table shaped like the timeline (string
 * {@code profileId} + {@code eventKey}, ~1 KB items), which is deleted afterwards:
 *
 * <ul>
 *   <li>BatchWriteItem: {@code writers} threads each sending requests of 25 puts back to back
 *       (unprocessed items retried and not counted twice);
 *   <li>conditional single-item writes: {@code writers} threads each sending one PutItem at a time
 *       with a condition, as identity-service writes each changed profile (~2 KB, 10,000 keys).
 * </ul>
 */
final class DynamoDbCeiling {

  private static final int BATCH = 25;

  private final DynamoDbClient dynamo;
  private final String table;
  private final String payload;

  DynamoDbCeiling(DynamoDbClient dynamo, String table, int itemBytes) {
    this.dynamo = dynamo;
    this.table = table;
    this.payload = "x".repeat(Math.max(0, itemBytes - 120));
  }

  /** Items written per second over {@code measure}, after {@code warmup}. */
  record Ceiling(String what, int writers, double itemsPerSecond, long items, double seconds) {}

  void createTable() {
    dynamo.createTable(
        r ->
            r.tableName(table)
                .attributeDefinitions(string("profileId"), string("eventKey"))
                .keySchema(
                    KeySchemaElement.builder()
                        .attributeName("profileId")
                        .keyType(KeyType.HASH)
                        .build(),
                    KeySchemaElement.builder()
                        .attributeName("eventKey")
                        .keyType(KeyType.RANGE)
                        .build())
                .billingMode(BillingMode.PAY_PER_REQUEST));
    dynamo.waiter().waitUntilTableExists(r -> r.tableName(table));
  }

  void deleteTable() {
    dynamo.deleteTable(r -> r.tableName(table));
  }

  Ceiling batchWrites(int writers, Duration warmup, Duration measure) throws InterruptedException {
    return run(
        "BatchWriteItem, 25 items of ~1 KB",
        writers,
        warmup,
        measure,
        () -> {
          List<WriteRequest> writes = new ArrayList<>(BATCH);
          for (int i = 0; i < BATCH; i++) {
            writes.add(WriteRequest.builder().putRequest(p -> p.item(item())).build());
          }
          Map<String, List<WriteRequest>> pending = Map.of(table, writes);
          while (!pending.isEmpty()) {
            Map<String, List<WriteRequest>> current = pending;
            BatchWriteItemResponse response = dynamo.batchWriteItem(r -> r.requestItems(current));
            pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
          }
          return BATCH; // all of them, once the unprocessed ones went through
        });
  }

  Ceiling conditionalPuts(int writers, Duration warmup, Duration measure)
      throws InterruptedException {
    String doc = payload + payload;
    return run(
        "PutItem with a condition, ~2 KB",
        writers,
        warmup,
        measure,
        () -> {
          ThreadLocalRandom random = ThreadLocalRandom.current();
          try {
            dynamo.putItem(
                r ->
                    r.tableName(table)
                        .item(
                            Map.of(
                                "profileId",
                                AttributeValue.fromS("p-" + random.nextInt(10_000)),
                                "eventKey",
                                AttributeValue.fromS("profile"),
                                "version",
                                AttributeValue.fromN(Long.toString(random.nextLong(1, 1 << 40))),
                                "doc",
                                AttributeValue.fromS(doc)))
                        .conditionExpression("attribute_not_exists(#v) OR #v <> :never")
                        .expressionAttributeNames(Map.of("#v", "version"))
                        .expressionAttributeValues(Map.of(":never", AttributeValue.fromN("0"))));
            return 1;
          } catch (ConditionalCheckFailedException e) {
            return 0;
          }
        });
  }

  /**
   * TransactWriteItems of {@code size} conditional single-item updates of distinct ~2 KB items, the
   * shape of a batch of profile writes grouped into one request (each still checks its version).
   */
  Ceiling conditionalTransactions(int writers, int size, Duration warmup, Duration measure)
      throws InterruptedException {
    String doc = payload + payload;
    return run(
        "TransactWriteItems, " + size + " conditional ~2 KB writes",
        writers,
        warmup,
        measure,
        () -> {
          ThreadLocalRandom random = ThreadLocalRandom.current();
          Set<Integer> keys = new HashSet<>();
          while (keys.size() < size) {
            keys.add(random.nextInt(10_000));
          }
          List<TransactWriteItem> items = new ArrayList<>(size);
          for (int key : keys) {
            items.add(
                TransactWriteItem.builder()
                    .put(
                        p ->
                            p.tableName(table)
                                .item(
                                    Map.of(
                                        "profileId",
                                        AttributeValue.fromS("p-" + key),
                                        "eventKey",
                                        AttributeValue.fromS("profile"),
                                        "version",
                                        AttributeValue.fromN(
                                            Long.toString(random.nextLong(1, 1 << 40))),
                                        "doc",
                                        AttributeValue.fromS(doc)))
                                .conditionExpression("attribute_not_exists(#v) OR #v <> :never")
                                .expressionAttributeNames(Map.of("#v", "version"))
                                .expressionAttributeValues(
                                    Map.of(":never", AttributeValue.fromN("0"))))
                    .build());
          }
          try {
            dynamo.transactWriteItems(r -> r.transactItems(items));
            return size;
          } catch (TransactionCanceledException | TransactionConflictException e) {
            return 0;
          }
        });
  }

  private interface Write {
    int call();
  }

  private Ceiling run(String what, int writers, Duration warmup, Duration measure, Write write)
      throws InterruptedException {
    AtomicLong items = new AtomicLong();
    long measureFrom = System.nanoTime() + warmup.toNanos();
    long end = measureFrom + measure.toNanos();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < writers; t++) {
      threads.add(
          Thread.ofPlatform()
              .name("ceiling-" + t)
              .start(
                  () -> {
                    long now;
                    while ((now = System.nanoTime()) < end) {
                      int written = write.call();
                      if (now >= measureFrom) {
                        items.addAndGet(written);
                      }
                    }
                  }));
    }
    for (Thread thread : threads) {
      thread.join();
    }
    double seconds = measure.toNanos() / 1e9;
    return new Ceiling(what, writers, items.get() / seconds, items.get(), seconds);
  }

  private Map<String, AttributeValue> item() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return Map.of(
        "profileId", AttributeValue.fromS("p-" + random.nextInt(10_000)),
        "eventKey",
            AttributeValue.fromS(
                "2026-11-22T10:00:00.000Z#" + new UUID(random.nextLong(), random.nextLong())),
        "origin", AttributeValue.fromS("p-" + random.nextInt(10_000)),
        "event", AttributeValue.fromS(payload));
  }

  /** A string attribute of a key schema. */
  static AttributeDefinition string(String name) {
    return AttributeDefinition.builder()
        .attributeName(name)
        .attributeType(ScalarAttributeType.S)
        .build();
  }
}
