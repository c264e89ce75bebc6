package io.c360.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service running from its executable jar in a child JVM, as in production: {@code java -jar
 * <jar> --server.port=...}, with its output in a log file. {@link #close()} stops it (SIGTERM, then
 * SIGKILL after 20 s).
 */
final class ServiceProcess implements AutoCloseable {

  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /** What to launch: the service, its port, its arguments and environment, where it logs. */
  record Launch(
      Service service,
      int port,
      List<String> arguments,
      Map<String, String> environment,
      Path workDir,
      Path logFile) {

    Launch {
      arguments = List.copyOf(arguments);
      environment = Map.copyOf(environment);
    }
  }

  private final Launch launch;
  private final Process process;

  private ServiceProcess(Launch launch, Process process) {
    this.launch = launch;
    this.process = process;
  }

  static ServiceProcess start(Launch launch) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions());
    command.add("-jar");
    command.add(launch.service().jar().toString());
    command.add("--server.port=" + launch.port());
    command.addAll(launch.arguments());
    try {
      Files.createDirectories(launch.workDir());
      Files.createDirectories(launch.logFile().toAbsolutePath().getParent());
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(launch.workDir().toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(launch.logFile().toFile()))
              .redirectInput(ProcessBuilder.Redirect.PIPE);
      builder.environment().putAll(launch.environment());
      return new ServiceProcess(launch, builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start " + launch.service().shortName(), e);
    }
  }

  /**
   * Small heap, quick start on two shared cores (C1 only, serial GC); native access for lz4, sqlite
   * and XGBoost.
   */
  private static List<String> jvmOptions() {
    List<String> options = new ArrayList<>();
    options.add("-Xmx384m");
    options.add("-XX:+UseSerialGC");
    options.add("-XX:TieredStopAtLevel=1");
    options.add("--enable-native-access=ALL-UNNAMED");
    if (Runtime.version().feature() >= 23) {
      options.add("--sun-misc-unsafe-memory-access=allow");
    }
    return options;
  }

  int port() {
    return launch.port();
  }

  /**
   * Waits until {@code /actuator/health/readiness} answers 200.
   *
   * @throws IllegalStateException when the process exits first or is not ready in time
   */
  void awaitReady(Duration timeout) {
    URI readiness = URI.create("http://localhost:" + port() + "/actuator/health/readiness");
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            name() + " exited with code " + process.exitValue() + "; see " + launch.logFile());
      }
      if (ready(readiness)) {
        return;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(
            name()
                + " was not ready within "
                + timeout.toSeconds()
                + " s; see "
                + launch.logFile());
      }
      sleep(Duration.ofMillis(500));
    }
  }

  private static boolean ready(URI readiness) {
    try {
      HttpResponse<Void> response =
          HTTP.send(
              HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(2)).GET().build(),
              HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends SIGTERM without waiting, so several services can shut down at once. */
  Launch launch() {
    return launch;
  }

  /** {@code kill -9}: the JVM gets no chance to finish anything. */
  void kill() {
    process.destroyForcibly();
    try {
      process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  void requestStop() {
    process.destroy();
  }

  /** Stops the service: SIGTERM, then SIGKILL when it has not stopped after 20 s. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private String name() {
    return "c360-" + launch.service().shortName() + "-service";
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return name() + " on port " + port() + " (pid " + process.pid() + ")";
  }
}
