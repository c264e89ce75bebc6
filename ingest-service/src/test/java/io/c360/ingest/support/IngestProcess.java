package io.c360.ingest.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
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
import java.util.concurrent.TimeUnit;

/**
 * ingest-service in a child JVM from the test classpath (the same classes the tests run), pointed
 * at the test JVM's devstack through the system properties the devstack extension set, so a test
 * can {@code kill -9} it. Mirrors the e2e module's launcher in small.
 */
public final class IngestProcess implements AutoCloseable {

  private static final List<String> PASSED_ON =
      List.of(
          "spring.kafka.bootstrap-servers",
          "c360.aws.dynamodb.endpoint",
          "c360.aws.region",
          "c360.tables.prefix",
          "aws.accessKeyId",
          "aws.secretAccessKey",
          "aws.region");

  private final Process process;
  private final int port;
  private final Path log;

  private IngestProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** Starts ingest with the test profile plus {@code arguments} and waits until it is ready. */
  public static IngestProcess start(List<String> arguments, Duration timeout) {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-Xmx384m",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "--enable-native-access=ALL-UNNAMED",
            "--sun-misc-unsafe-memory-access=allow"));
    for (String key : PASSED_ON) {
      String value = System.getProperty(key);
      if (value != null) {
        command.add("-D" + key + "=" + value);
      }
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("io.c360.ingest.IngestApplication");
    command.add("--server.port=" + port);
    command.add("--spring.profiles.active=test");
    command.addAll(arguments);
    try {
      Path log = Files.createTempFile(Path.of("target"), "ingest-child-", ".log");
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
      var started = new IngestProcess(process, port, log);
      started.awaitReady(timeout);
      return started;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int port() {
    return port;
  }

  /** {@code kill -9}: the JVM gets no chance to finish anything. */
  public void kill() {
    process.destroyForcibly();
    try {
      process.waitFor(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
          kill();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        kill();
      }
    }
  }

  private void awaitReady(Duration timeout) {
    var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    URI readiness = URI.create("http://localhost:" + port + "/actuator/health/readiness");
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "ingest exited with " + process.exitValue() + "; see " + log);
      }
      try {
        var answer =
            http.send(
                HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(2)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    close();
    throw new IllegalStateException("ingest was not ready in " + timeout + "; see " + log);
  }

  private static int freePort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
