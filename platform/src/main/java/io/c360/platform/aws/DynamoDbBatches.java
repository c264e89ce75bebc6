package io.c360.platform.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * BatchGetItem in requests of 100 keys and BatchWriteItem in requests of 25 writes, both retrying
 * what DynamoDB left unprocessed (writes with a growing pause, as DynamoDB asks), each call run
 * through {@code timing} so the callers' metrics see it.
 */
public final class DynamoDbBatches {

  /** Wraps each call, e.g. with a Micrometer timer. */
  public interface Timing {
    <T> T record(Supplier<T> call);

    /** No timing: the call as it is. */
    Timing NONE =
        new Timing() {
          @Override
          public <T> T record(Supplier<T> call) {
            return call.get();
          }
        };
  }

  private static final int GET_BATCH = 100;
  private static final int WRITE_BATCH = 25;

  private final DynamoDbClient dynamo;
  private final Timing timing;

  public DynamoDbBatches(DynamoDbClient dynamo, Timing timing) {
    this.dynamo = dynamo;
    this.timing = timing;
  }

  /** Every item of {@code table} with the given keys that exists, read consistently. */
  public List<Map<String, AttributeValue>> getAll(
      String table, List<Map<String, AttributeValue>> keys, @Nullable String projection) {
    return getAll(table, keys, projection, Map.of());
  }

  /**
   * Every item of {@code table} with the given keys that exists, read consistently, projected with
   * {@code names} standing for reserved words in the projection (e.g. {@code #status}).
   */
  public List<Map<String, AttributeValue>> getAll(
      String table,
      List<Map<String, AttributeValue>> keys,
      @Nullable String projection,
      Map<String, String> names) {
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    for (int i = 0; i < keys.size(); i += GET_BATCH) {
      KeysAndAttributes.Builder request =
          KeysAndAttributes.builder()
              .keys(keys.subList(i, Math.min(keys.size(), i + GET_BATCH)))
              .consistentRead(true);
      if (projection != null) {
        request.projectionExpression(projection);
      }
      if (!names.isEmpty()) {
        request.expressionAttributeNames(names);
      }
      Map<String, KeysAndAttributes> pending = Map.of(table, request.build());
      while (!pending.isEmpty()) {
        Map<String, KeysAndAttributes> current = pending;
        BatchGetItemResponse response =
            timing.record(() -> dynamo.batchGetItem(r -> r.requestItems(current)));
        items.addAll(response.responses().getOrDefault(table, List.of()));
        pending = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
      }
    }
    return items;
  }

  /** Writes (puts and deletes) to {@code table}, all of them, in batches. */
  public void writeAll(String table, List<WriteRequest> writes) {
    for (int i = 0; i < writes.size(); i += WRITE_BATCH) {
      Map<String, List<WriteRequest>> pending =
          Map.of(table, writes.subList(i, Math.min(writes.size(), i + WRITE_BATCH)));
      int round = 0;
      while (!pending.isEmpty()) {
        Map<String, List<WriteRequest>> current = pending;
        BatchWriteItemResponse response =
            timing.record(() -> dynamo.batchWriteItem(r -> r.requestItems(current)));
        pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
        if (!pending.isEmpty()) {
          pause(++round);
        }
      }
    }
  }

  /** Every item with the given partition key, read consistently (the SDK's paginator). */
  public List<Map<String, AttributeValue>> queryAll(String table, String keyName, String key) {
    return timing.record(
        () ->
            dynamo
                .queryPaginator(
                    r ->
                        r.tableName(table)
                            .keyConditionExpression("#k = :k")
                            .expressionAttributeNames(Map.of("#k", keyName))
                            .expressionAttributeValues(Map.of(":k", AttributeValue.fromS(key)))
                            .consistentRead(true))
                .items()
                .stream()
                .toList());
  }

  private static void pause(int round) {
    try {
      Thread.sleep(Math.min(1000, 10L << Math.min(round, 6)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing to DynamoDB", e);
    }
  }
}
