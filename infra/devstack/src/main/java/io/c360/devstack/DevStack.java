package io.c360.devstack;

import io.c360.platform.table.TableProvisioner;
import io.c360.platform.table.TableSpec;
import io.c360.platform.table.TablesProperties;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A devstack ({@link DevStackMain}: Kafka and DynamoDB Local) running in a child JVM, so that the
 * servers' own libraries (Scala, Log4j Core, Jetty, Jackson 2) never meet the caller's classpath.
 *
 * <p>The child's classpath is this module's classes plus the runtime classpath that the build
 * writes to {@value #CLASSPATH_RESOURCE}; {@code -Dc360.devstack.classpath=...} overrides it. The
 * child's output goes to a log file (see {@link #logFile()}); the child stops when {@link #close()}
 * is called, when this JVM exits, and when this JVM dies (it watches its standard input).
 */
public final class DevStack implements AutoCloseable {

  /** The classpath resource listing the devstack's runtime classpath. */
  public static final String CLASSPATH_RESOURCE = "META-INF/c360/devstack.classpath";

  /** System property that replaces the classpath from {@link #CLASSPATH_RESOURCE}. */
  public static final String CLASSPATH_PROPERTY = "c360.devstack.classpath";

  private static final int TAIL_LINES = 40;
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

  private final Process process;
  private final String kafkaBootstrapServers;
  private final String dynamoDbEndpoint;
  private final String tablePrefix;
  private final Path logFile;
  private final Thread drainer;
  private final Thread shutdownHook;

  private DevStack(
      Process process,
      String kafkaBootstrapServers,
      String dynamoDbEndpoint,
      String tablePrefix,
      Path logFile,
      Thread drainer,
      Thread shutdownHook) {
    this.process = process;
    this.kafkaBootstrapServers = kafkaBootstrapServers;
    this.dynamoDbEndpoint = dynamoDbEndpoint;
    this.tablePrefix = tablePrefix;
    this.logFile = logFile;
    this.drainer = drainer;
    this.shutdownHook = shutdownHook;
  }

  /**
   * How to start the child.
   *
   * @param kafkaPort Kafka client port, 0 for a free one
   * @param dynamoDbPort DynamoDB Local port, 0 for a free one
   * @param controllerPort KRaft controller port, 0 for a free one
   * @param tablePrefix the prefix of the tables the services started against this stack create (the
   *     stack itself creates none; see {@link #createTables})
   * @param dataDir persistent data directory, or null for an in-memory stack
   * @param startupTimeout how long to wait for the servers to be ready
   * @param logFile where the child's output goes, or null for a new file under {@code target/} (or
   *     the temporary directory when there is no {@code target/})
   * @param jvmArgs extra options for the child JVM, after the defaults ({@code -Xmx512m
   *     -XX:+UseSerialGC -XX:TieredStopAtLevel=1}, tuned for a fast start on 2 cores), so they win:
   *     e.g. {@code -Xmx1g}, or {@code -XX:TieredStopAtLevel=4} for benchmarks
   */
  public record Options(
      int kafkaPort,
      int dynamoDbPort,
      int controllerPort,
      String tablePrefix,
      @Nullable Path dataDir,
      Duration startupTimeout,
      @Nullable Path logFile,
      List<String> jvmArgs) {

    public Options {
      jvmArgs = List.copyOf(jvmArgs);
    }

    /** Free ports, the default table prefix, in memory, 90 s to start. */
    public static Options defaults() {
      return new Options(
          0, 0, 0, TablesProperties.DEFAULT_PREFIX, null, Duration.ofSeconds(90), null, List.of());
    }

    public Options withKafkaPort(int port) {
      return new Options(
          port,
          dynamoDbPort,
          controllerPort,
          tablePrefix,
          dataDir,
          startupTimeout,
          logFile,
          jvmArgs);
    }

    public Options withDynamoDbPort(int port) {
      return new Options(
          kafkaPort, port, controllerPort, tablePrefix, dataDir, startupTimeout, logFile, jvmArgs);
    }

    public Options withControllerPort(int port) {
      return new Options(
          kafkaPort, dynamoDbPort, port, tablePrefix, dataDir, startupTimeout, logFile, jvmArgs);
    }

    public Options withTablePrefix(String prefix) {
      return new Options(
          kafkaPort,
          dynamoDbPort,
          controllerPort,
          prefix,
          dataDir,
          startupTimeout,
          logFile,
          jvmArgs);
    }

    /** Keep the data in {@code dir} across restarts instead of in memory. */
    public Options withDataDir(@Nullable Path dir) {
      return new Options(
          kafkaPort,
          dynamoDbPort,
          controllerPort,
          tablePrefix,
          dir,
          startupTimeout,
          logFile,
          jvmArgs);
    }

    public Options withStartupTimeout(Duration timeout) {
      return new Options(
          kafkaPort, dynamoDbPort, controllerPort, tablePrefix, dataDir, timeout, logFile, jvmArgs);
    }

    public Options withLogFile(@Nullable Path file) {
      return new Options(
          kafkaPort,
          dynamoDbPort,
          controllerPort,
          tablePrefix,
          dataDir,
          startupTimeout,
          file,
          jvmArgs);
    }

    public Options withJvmArgs(List<String> args) {
      return new Options(
          kafkaPort,
          dynamoDbPort,
          controllerPort,
          tablePrefix,
          dataDir,
          startupTimeout,
          logFile,
          args);
    }
  }

  /** Starts an in-memory stack on free ports. */
  public static DevStack startChildProcess() {
    return startChildProcess(Options.defaults());
  }

  /**
   * Starts {@link DevStackMain} in a child JVM and waits until it prints its ready line.
   *
   * @throws IllegalStateException when the child exits or is not ready in time; the message holds
   *     the child's last lines of output
   */
  public static DevStack startChildProcess(Options options) {
    int[] free = FreePorts.pick(3);
    int kafkaPort = options.kafkaPort() == 0 ? free[0] : options.kafkaPort();
    int dynamoDbPort = options.dynamoDbPort() == 0 ? free[1] : options.dynamoDbPort();
    int controllerPort = options.controllerPort() == 0 ? free[2] : options.controllerPort();
    try {
      Path logFile = options.logFile() != null ? options.logFile() : newLogFile();
      Path parent = logFile.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(defaultJvmArgs());
      command.addAll(options.jvmArgs());
      command.add("-cp");
      command.add(childClasspath());
      command.add(DevStackMain.class.getName());
      Path dataDir = options.dataDir();
      if (dataDir == null) {
        command.add("--in-memory");
      } else {
        command.add("--data-dir");
        command.add(dataDir.toAbsolutePath().toString());
      }
      command.addAll(
          List.of(
              "--kafka-port",
              Integer.toString(kafkaPort),
              "--dynamodb-port",
              Integer.toString(dynamoDbPort),
              "--controller-port",
              Integer.toString(controllerPort),
              "--exit-on-stdin-close"));

      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectInput(ProcessBuilder.Redirect.PIPE)
              .start();
      Thread shutdownHook = new Thread(() -> stop(process), "c360-devstack-stop-" + process.pid());
      Runtime.getRuntime().addShutdownHook(shutdownHook);

      OutputDrain drain = new OutputDrain(process.getInputStream(), logFile);
      Thread drainer = new Thread(drain, "c360-devstack-output-" + process.pid());
      drainer.setDaemon(true);
      drainer.start();

      String readyLine;
      try {
        readyLine = drain.ready.get(options.startupTimeout().toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException | ExecutionException | InterruptedException e) {
        stop(process);
        removeHook(shutdownHook);
        drainer.join(TimeUnit.SECONDS.toMillis(5));
        if (e instanceof InterruptedException) {
          Thread.currentThread().interrupt();
        }
        String why =
            e instanceof TimeoutException
                ? "was not ready within " + options.startupTimeout().toSeconds() + " s"
                : "exited with code " + exitCode(process) + " before it was ready";
        throw new IllegalStateException(
            "The C360 devstack child JVM "
                + why
                + ". Its log is "
                + logFile
                + "; its last lines:\n"
                + drain.tail(),
            e instanceof TimeoutException ? null : e);
      }
      return new DevStack(
          process,
          field(readyLine, "kafka"),
          field(readyLine, "dynamodb"),
          options.tablePrefix(),
          logFile,
          drainer,
          shutdownHook);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the C360 devstack child JVM", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while starting the C360 devstack", e);
    }
  }

  /** Kafka bootstrap servers, e.g. {@code localhost:40123}. */
  public String kafkaBootstrapServers() {
    return kafkaBootstrapServers;
  }

  /** DynamoDB Local's endpoint, e.g. {@code http://localhost:40124}. */
  public String dynamoDbEndpoint() {
    return dynamoDbEndpoint;
  }

  /** The prefix of every table name in this stack. */
  public String tablePrefix() {
    return tablePrefix;
  }

  /** The physical name of {@code table} in this stack. */
  public String tableName(TableSpec table) {
    return table.physicalName(tablePrefix);
  }

  /**
   * Creates those of {@code tables} that this stack does not have yet, under its prefix. The stack
   * creates no table itself: each service creates its own at startup, so only a test that uses a
   * service's tables without starting that service calls this.
   */
  public void createTables(Collection<TableSpec> tables) {
    try (DynamoDbClient dynamoDb = DevStackClients.dynamoDb(this)) {
      TableProvisioner.createMissing(dynamoDb, tablePrefix, tables);
    }
  }

  /** The file that receives the child's output. */
  public Path logFile() {
    return logFile;
  }

  /** Whether the child JVM is still running. */
  public boolean isAlive() {
    return process.isAlive();
  }

  /**
   * {@code kill -9} of the child JVM, as a crash: Kafka and DynamoDB Local get no chance to flush
   * or close anything. Waits until it is gone.
   */
  public void kill() {
    process.destroyForcibly();
    try {
      process.waitFor(30, TimeUnit.SECONDS);
      drainer.join(TimeUnit.SECONDS.toMillis(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    removeHook(shutdownHook);
  }

  /** Stops the child JVM (SIGTERM, so Kafka and DynamoDB Local shut down cleanly) and waits. */
  @Override
  public void close() {
    stop(process);
    removeHook(shutdownHook);
    try {
      drainer.join(TimeUnit.SECONDS.toMillis(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return "DevStack[kafka="
        + kafkaBootstrapServers
        + ", dynamodb="
        + dynamoDbEndpoint
        + ", pid="
        + process.pid()
        + "]";
  }

  private static void stop(Process process) {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or about to; nothing to remove
    }
  }

  private static String exitCode(Process process) {
    return process.isAlive() ? "(still running)" : Integer.toString(process.exitValue());
  }

  private static List<String> defaultJvmArgs() {
    List<String> args = new ArrayList<>();
    args.add("-Xmx512m");
    args.add("-XX:+UseSerialGC");
    args.add("-XX:TieredStopAtLevel=1");
    args.add("-XX:+ExitOnOutOfMemoryError");
    args.add("-Djava.awt.headless=true");
    args.add("-Dlogback.configurationFile=" + DevStackMain.LOGBACK_CONFIGURATION);
    args.add("-Dlog4j.provider=" + DevStackMain.LOG4J_PROVIDER);
    int feature = Runtime.version().feature();
    if (feature >= 22) {
      // sqlite4java (DynamoDB Local) loads a native library; Kafka and Scala use sun.misc.Unsafe.
      args.add("--enable-native-access=ALL-UNNAMED");
    }
    if (feature >= 23) {
      args.add("--sun-misc-unsafe-memory-access=allow");
    }
    return args;
  }

  /** This module's classes (directory or jar) followed by the classpath the build recorded. */
  static String childClasspath() throws IOException {
    String override = System.getProperty(CLASSPATH_PROPERTY);
    if (override != null && !override.isBlank()) {
      return override;
    }
    Set<String> entries = new LinkedHashSet<>();
    entries.add(ownLocation().toString());
    String recorded;
    try (InputStream in = DevStack.class.getResourceAsStream("/" + CLASSPATH_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            CLASSPATH_RESOURCE
                + " is missing from "
                + ownLocation()
                + "; build c360-devstack with Maven (its build writes the file).");
      }
      recorded = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    }
    for (String entry : recorded.split(File.pathSeparator)) {
      if (entry.isBlank()) {
        continue;
      }
      if (!Files.exists(Path.of(entry))) {
        throw new IllegalStateException(
            "The devstack classpath names "
                + entry
                + ", which does not exist; rebuild c360-devstack (mvn install) or set -D"
                + CLASSPATH_PROPERTY);
      }
      entries.add(entry);
    }
    return String.join(File.pathSeparator, entries);
  }

  private static Path ownLocation() {
    try {
      return Path.of(
          Objects.requireNonNull(DevStack.class.getProtectionDomain().getCodeSource())
              .getLocation()
              .toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("Cannot locate the devstack classes", e);
    }
  }

  private static Path newLogFile() throws IOException {
    Path target = Path.of("target");
    Path dir =
        Files.isDirectory(target)
            ? target.resolve("devstack")
            : Path.of(System.getProperty("java.io.tmpdir"));
    Files.createDirectories(dir);
    return Files.createTempFile(dir, "c360-devstack-", ".log").toAbsolutePath();
  }

  private static String field(String readyLine, String name) {
    for (String token : readyLine.trim().split("\\s+")) {
      if (token.startsWith(name + "=")) {
        return token.substring(name.length() + 1);
      }
    }
    throw new IllegalStateException("The devstack's ready line has no " + name + ": " + readyLine);
  }

  /** Copies the child's output to the log file, keeps its tail and spots the ready line. */
  private static final class OutputDrain implements Runnable {

    private final InputStream output;
    private final Path logFile;
    private final Deque<String> tail = new ArrayDeque<>();
    final CompletableFuture<String> ready = new CompletableFuture<>();

    OutputDrain(InputStream output, Path logFile) {
      this.output = output;
      this.logFile = logFile;
    }

    @Override
    public void run() {
      try (BufferedReader reader =
              new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8));
          BufferedWriter log = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8)) {
        String line;
        while ((line = reader.readLine()) != null) {
          remember(line);
          log.write(line);
          log.newLine();
          log.flush();
          if (line.startsWith(DevStackMain.READY_MARKER + " ")) {
            ready.complete(line);
          }
        }
      } catch (IOException e) {
        ready.completeExceptionally(e);
      } finally {
        ready.completeExceptionally(
            new IllegalStateException("the devstack child JVM closed its output"));
      }
    }

    private synchronized void remember(String line) {
      if (tail.size() == TAIL_LINES) {
        tail.removeFirst();
      }
      tail.addLast(line);
    }

    synchronized String tail() {
      return String.join("\n", tail);
    }
  }
}
