package io.c360.platform.aws;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * Counts every DynamoDB call a service makes (a call the SDK retried counts once), as {@code
 * c360.dynamodb.requests} tagged with the operation ({@code PutItem}, {@code BatchGetItem}, …), the
 * table and the outcome ({@code success} or {@code failure}, e.g. a failed condition), and the
 * items batch and transaction calls carry as {@code c360.dynamodb.items}. A call spanning several
 * tables (a batch or a transaction) counts once for each table it touches. Table names are the
 * physical ones (with the configured prefix), so benchmarks can read each service's requests per
 * table from its own metrics.
 */
public final class DynamoDbRequestMetrics implements ExecutionInterceptor {

  static final String REQUESTS = "c360.dynamodb.requests";
  static final String ITEMS = "c360.dynamodb.items";

  private final MeterRegistry registry;

  public DynamoDbRequestMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
    record(context.request(), "success");
  }

  @Override
  public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
    record(context.request(), "failure");
  }

  private void record(SdkRequest request, String outcome) {
    String operation = operation(request);
    Map<String, Integer> items = itemsByTable(request);
    for (Map.Entry<String, Integer> table : items.entrySet()) {
      counter(REQUESTS, operation, table.getKey(), outcome).increment();
      if (table.getValue() > 0) {
        counter(ITEMS, operation, table.getKey(), outcome).increment(table.getValue());
      }
    }
  }

  private Counter counter(String name, String operation, String table, String outcome) {
    return Counter.builder(name)
        .tag("operation", operation)
        .tag("table", table)
        .tag("outcome", outcome)
        .register(registry);
  }

  /** {@code PutItemRequest} becomes {@code PutItem}. */
  public static String operation(SdkRequest request) {
    String name = request.getClass().getSimpleName();
    return name.endsWith("Request") ? name.substring(0, name.length() - "Request".length()) : name;
  }

  /**
   * The tables a call touches, each with the items it carries there (0 for single-item calls and
   * queries, whose table comes from their {@code TableName}).
   */
  public static Map<String, Integer> itemsByTable(SdkRequest request) {
    Map<String, Integer> tables = new LinkedHashMap<>();
    switch (request) {
      case BatchGetItemRequest batch ->
          batch.requestItems().forEach((table, keys) -> tables.put(table, keys.keys().size()));
      case BatchWriteItemRequest batch ->
          batch.requestItems().forEach((table, writes) -> tables.put(table, writes.size()));
      case TransactWriteItemsRequest transaction -> {
        for (TransactWriteItem item : transaction.transactItems()) {
          tables.merge(tableOf(item), 1, Integer::sum);
        }
      }
      case TransactGetItemsRequest transaction ->
          transaction
              .transactItems()
              .forEach(g -> tables.merge(g.get().tableName(), 1, Integer::sum));
      default ->
          request
              .getValueForField("TableName", String.class)
              .ifPresentOrElse(t -> tables.put(t, 0), () -> tables.put("none", 0));
    }
    return tables;
  }

  private static String tableOf(TransactWriteItem item) {
    if (item.put() != null) {
      return item.put().tableName();
    }
    if (item.update() != null) {
      return item.update().tableName();
    }
    if (item.delete() != null) {
      return item.delete().tableName();
    }
    return item.conditionCheck() == null ? "none" : item.conditionCheck().tableName();
  }
}
