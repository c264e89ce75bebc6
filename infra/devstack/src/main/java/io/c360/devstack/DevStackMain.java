package io.c360.devstack;

import io.c360.common.topic.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.admin.Admin;
import org.jspecify.annotations.Nullable;

/**
 * Runs a real Kafka broker (KRaft, single node) and DynamoDB Local in this JVM, creates every topic
 * of {@link Topics#ALL} (no table: each service creates its own at startup), prints one line
 *
 * <pre>C360_DEVSTACK_READY kafka=localhost:9092 dynamodb=http://localhost:8000</pre>
 *
 * to standard output and runs until it is stopped (SIGTERM, Ctrl-C). Logs go to standard error at
 * WARN; {@code -Dc360.devstack.log.level=INFO} shows more. See {@link DevStackArguments#USAGE}.
 */
public final class DevStackMain {

  /** The first word of the line printed once both servers are up and provisioned. */
  public static final String READY_MARKER = "C360_DEVSTACK_READY";

  /** The logback configuration on the devstack classpath (not named logback.xml on purpose). */
  static final String LOGBACK_CONFIGURATION = "META-INF/c360/devstack-logback.xml";

  /** Routes the Log4j API (used by DynamoDB Local) to SLF4J and logback, like Kafka and Jetty. */
  static final String LOG4J_PROVIDER = "org.apache.logging.slf4j.SLF4JProvider";

  private DevStackMain() {}

  public static void main(String[] args) {
    // Standard output carries the ready line only; DynamoDB Local's banner and anything else that
    // prints to System.out go to standard error with the logs.
    PrintStream stdout = System.out;
    System.setOut(System.err);
    configureLogging();
    DevStackArguments arguments;
    try {
      arguments = DevStackArguments.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.print(DevStackArguments.USAGE);
      System.exit(2);
      return;
    }
    Servers servers = new Servers();
    Runtime.getRuntime().addShutdownHook(new Thread(servers::close, "c360-devstack-shutdown"));
    try {
      long started = System.nanoTime();
      servers.start(arguments);
      stdout.println(
          READY_MARKER
              + " kafka="
              + servers.kafkaBootstrapServers()
              + " dynamodb="
              + servers.dynamoDbEndpoint());
      stdout.flush();
      System.err.printf(
          "C360 devstack up in %.1f s (%s)%n",
          (System.nanoTime() - started) / 1e9,
          arguments.dataDir() == null ? "in memory" : "data in " + arguments.dataDir());
    } catch (Exception | LinkageError e) {
      System.err.println("C360 devstack failed to start: " + e);
      e.printStackTrace();
      System.exit(1);
      return;
    }
    if (arguments.exitOnStdinClose()) {
      exitWhenStdinCloses();
    }
    servers.awaitClosed();
  }

  private static void configureLogging() {
    setIfAbsent("logback.configurationFile", LOGBACK_CONFIGURATION);
    setIfAbsent("log4j.provider", LOG4J_PROVIDER);
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }

  private static void exitWhenStdinCloses() {
    Thread watcher =
        new Thread(
            () -> {
              try {
                InputStream in = System.in;
                byte[] buffer = new byte[256];
                while (in.read(buffer) >= 0) {
                  // the parent never writes; read until it closes the pipe or exits
                }
              } catch (IOException e) {
                // closed as well
              }
              System.exit(0);
            },
            "c360-devstack-stdin-watcher");
    watcher.setDaemon(true);
    watcher.start();
  }

  /** The started servers, stopped in reverse order exactly once. */
  private static final class Servers {

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private @Nullable KafkaBroker kafka;
    private @Nullable DynamoDbLocal dynamoDb;

    synchronized void start(DevStackArguments arguments) throws Exception {
      int[] free = FreePorts.pick(3);
      int kafkaPort = arguments.kafkaPort() == 0 ? free[0] : arguments.kafkaPort();
      int dynamoDbPort = arguments.dynamoDbPort() == 0 ? free[1] : arguments.dynamoDbPort();
      int controllerPort = arguments.controllerPort() == 0 ? free[2] : arguments.controllerPort();
      Path dataDir = arguments.dataDir();
      Path kafkaDir;
      if (dataDir == null) {
        Path temporary = Files.createTempDirectory("c360-devstack-kafka-");
        started.push(() -> deleteRecursively(temporary));
        kafkaDir = temporary;
      } else {
        kafkaDir = dataDir.resolve("kafka");
      }
      DynamoDbLocal dynamo =
          DynamoDbLocal.start(dynamoDbPort, dataDir == null ? null : dataDir.resolve("dynamodb"));
      started.push(dynamo);
      dynamoDb = dynamo;
      KafkaBroker broker = KafkaBroker.start(kafkaDir, kafkaPort, controllerPort);
      started.push(broker);
      kafka = broker;

      try (Admin admin = DevStackClients.admin(broker.bootstrapServers())) {
        Provisioning.createTopics(admin, Topics.ALL);
      }
    }

    synchronized String kafkaBootstrapServers() {
      return requireStarted(kafka).bootstrapServers();
    }

    synchronized String dynamoDbEndpoint() {
      return requireStarted(dynamoDb).endpoint();
    }

    void close() {
      synchronized (this) {
        while (!started.isEmpty()) {
          AutoCloseable server = started.pop();
          try {
            server.close();
          } catch (Exception e) {
            System.err.println("C360 devstack: stopping " + server + " failed: " + e);
          }
        }
      }
      closed.countDown();
    }

    void awaitClosed() {
      try {
        closed.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    private static <T> T requireStarted(@Nullable T server) {
      if (server == null) {
        throw new IllegalStateException("not started");
      }
      return server;
    }
  }

  private static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, @Nullable IOException e)
              throws IOException {
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
