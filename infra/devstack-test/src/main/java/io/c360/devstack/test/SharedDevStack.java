package io.c360.devstack.test;

import io.c360.devstack.DevStack;
import io.c360.devstack.DevStackClients;
import io.c360.platform.table.TablesProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one devstack of a test JVM: started lazily on first use, stopped when the JVM exits (the
 * launcher's shutdown hook). A failed start is remembered and reported to every later caller.
 */
final class SharedDevStack {

  /** The region the tests' AWS clients use. */
  static final String REGION = DevStackClients.REGION.id();

  private static final Object LOCK = new Object();
  private static @Nullable DevStack stack;
  private static @Nullable RuntimeException failure;

  private SharedDevStack() {}

  static DevStack get() {
    synchronized (LOCK) {
      if (stack != null) {
        return stack;
      }
      if (failure != null) {
        throw new IllegalStateException(
            "The shared C360 devstack failed to start earlier in this JVM", failure);
      }
      try {
        DevStack started = DevStack.startChildProcess(DevStack.Options.defaults());
        publish(started);
        stack = started;
        return started;
      } catch (RuntimeException e) {
        failure = e;
        throw e;
      }
    }
  }

  /** The properties that point a C360 service at {@code stack}. */
  static Map<String, String> properties(DevStack stack) {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("spring.kafka.bootstrap-servers", stack.kafkaBootstrapServers());
    properties.put("spring.cloud.stream.kafka.binder.brokers", stack.kafkaBootstrapServers());
    properties.put("c360.aws.dynamodb.endpoint", stack.dynamoDbEndpoint());
    properties.put("c360.aws.region", REGION);
    properties.put(TablesProperties.PREFIX_PROPERTY, stack.tablePrefix());
    return properties;
  }

  /** Properties set only when absent, so a developer's own AWS settings are left alone. */
  static Map<String, String> defaults() {
    return Map.of(
        "aws.accessKeyId", DevStackClients.LOCAL_ACCESS_KEY_ID,
        "aws.secretAccessKey", DevStackClients.LOCAL_SECRET_ACCESS_KEY,
        "aws.region", REGION);
  }

  private static void publish(DevStack stack) {
    properties(stack).forEach(System::setProperty);
    defaults()
        .forEach(
            (key, value) -> {
              if (System.getProperty(key) == null) {
                System.setProperty(key, value);
              }
            });
  }
}
