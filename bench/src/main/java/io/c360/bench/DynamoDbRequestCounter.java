package io.c360.bench;

import io.c360.platform.aws.DynamoDbRequestMetrics;
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
 * retried request counts once; a batch or transaction counts once, under the tables it touches.
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

  /** The tables a request touches (common's reading of it), joined with {@code +}. */
  private static String table(SdkRequest request) {
    return String.join(
        "+", DynamoDbRequestMetrics.itemsByTable(request).keySet().stream().sorted().toList());
  }

  /** The requests counted so far, by {@code "Operation table"}. */
  public static Map<String, Long> snapshot() {
    Map<String, Long> copy = new TreeMap<>();
    COUNTS.forEach((k, v) -> copy.put(k, v.sum()));
    return copy;
  }
}
