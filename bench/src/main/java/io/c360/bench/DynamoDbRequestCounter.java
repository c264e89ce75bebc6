package io.c360.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Counts the DynamoDB requests of every SDK client in this JVM by operation and table (registered
 * as a global interceptor through {@code software/amazon/awssdk/global/handlers/
 * execution.interceptors}), so the identity load driver can report requests per event by kind. A
 * retried request counts once; a TransactWriteItems counts under the table of its first item.
 */
public final class DynamoDbRequestCounter implements ExecutionInterceptor {

  private static final Map<String, LongAdder> COUNTS = new ConcurrentHashMap<>();

  @Override
  public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
    String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
    if (service == null || !service.equalsIgnoreCase("DynamoDb")) {
      return;
    }
    String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
    COUNTS
        .computeIfAbsent(operation + " " + table(context.request()), k -> new LongAdder())
        .increment();
  }

  private static String table(SdkRequest request) {
    var name = request.getValueForField("TableName", String.class);
    if (name.isPresent()) {
      return name.get();
    }
    var items = request.getValueForField("RequestItems", Map.class);
    if (items.isPresent() && !items.get().isEmpty()) {
      return String.join(
          "+", ((Map<?, ?>) items.get()).keySet().stream().map(String::valueOf).sorted().toList());
    }
    var transact = request.getValueForField("TransactItems", java.util.List.class);
    if (transact.isPresent() && !transact.get().isEmpty()) {
      Object first = transact.get().getFirst();
      if (first instanceof software.amazon.awssdk.services.dynamodb.model.TransactWriteItem w) {
        if (w.put() != null) {
          return w.put().tableName();
        }
        if (w.update() != null) {
          return w.update().tableName();
        }
        if (w.delete() != null) {
          return w.delete().tableName();
        }
      }
    }
    return "?";
  }

  /** The requests counted so far, by {@code "Operation table"}. */
  public static Map<String, Long> snapshot() {
    Map<String, Long> copy = new TreeMap<>();
    COUNTS.forEach((k, v) -> copy.put(k, v.sum()));
    return copy;
  }
}
