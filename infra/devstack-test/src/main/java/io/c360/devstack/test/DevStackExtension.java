package io.c360.devstack.test;

import io.c360.devstack.DevStack;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the shared devstack before the test class runs (once per test JVM) and publishes its
 * coordinates as system properties:
 *
 * <ul>
 *   <li>{@code spring.kafka.bootstrap-servers} and {@code spring.cloud.stream.kafka.binder.brokers}
 *   <li>{@code c360.aws.dynamodb.endpoint}, {@code c360.aws.region} ({@code us-east-1})
 *   <li>{@code c360.tables.prefix}
 *   <li>{@code aws.accessKeyId}, {@code aws.secretAccessKey} and {@code aws.region}, only when not
 *       set already (DynamoDB Local accepts any letters-and-digits key)
 * </ul>
 *
 * <p>Use it through {@link WithDevStack}. For Spring tests the same happens earlier, while the test
 * context is being prepared, through {@code DevStackContextCustomizerFactory}, so the annotation
 * order on the test class does not matter.
 */
public final class DevStackExtension implements BeforeAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    SharedDevStack.get();
  }

  /** The shared devstack of this JVM, started on first use. */
  public static DevStack stack() {
    return SharedDevStack.get();
  }
}
