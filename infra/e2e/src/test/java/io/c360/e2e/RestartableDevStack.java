package io.c360.e2e;

import io.c360.devstack.DevStack;
import io.c360.devstack.FreePorts;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A devstack of one test class that can be stopped and started again as an operator restarts Kafka
 * and DynamoDB Local: same ports, data kept in a directory ({@code --data-dir}). The services under
 * test are never told: they reconnect to the same addresses by themselves.
 */
final class RestartableDevStack implements AutoCloseable {

  private final DevStack.Options options;
  private final Path logDir;
  private DevStack running;
  private int starts;

  private RestartableDevStack(DevStack.Options options, Path logDir) {
    this.options = options;
    this.logDir = logDir;
    this.running = launch();
  }

  /**
   * Starts a stack on three free ports that keeps its data in {@code dataDir}; its output goes to
   * {@code devstack-<n>.log} files in {@code logDir}, one per start.
   */
  static RestartableDevStack start(Path dataDir, Path logDir) {
    int[] ports = FreePorts.pick(3);
    return new RestartableDevStack(
        DevStack.Options.defaults()
            .withKafkaPort(ports[0])
            .withDynamoDbPort(ports[1])
            .withControllerPort(ports[2])
            .withDataDir(dataDir)
            .withStartupTimeout(Duration.ofMinutes(3)),
        logDir);
  }

  /** The stack's addresses, the same before and after a restart. */
  DevStack stack() {
    return running;
  }

  /** Stops Kafka and DynamoDB Local (SIGTERM: a clean shutdown) and waits until they are gone. */
  void stop() {
    running.close();
  }

  /** Starts them again on the same ports with the data they had; waits until they are ready. */
  void startAgain() {
    if (running.isAlive()) {
      throw new IllegalStateException("the devstack is running: stop it first");
    }
    running = launch();
  }

  private DevStack launch() {
    starts++;
    return DevStack.startChildProcess(
        options.withLogFile(logDir.resolve("devstack-" + starts + ".log")));
  }

  @Override
  public void close() {
    running.close();
  }
}
