package io.c360.console.browser;

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
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One C360 service running from its executable jar in a child JVM, as {@code ./c360 up} runs it;
 * the jar's path comes from the system property the module's pom sets ({@code
 * c360.console.it.jar.<service>}), so the reactor builds the service first.
 */
final class ServiceJar implements AutoCloseable {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String name;
  private final int port;
  private final Process process;
  private final Path log;

  private ServiceJar(String name, int port, Process process, Path log) {
    this.name = name;
    this.port = port;
    this.process = process;
    this.log = log;
  }

  static ServiceJar start(
      String service, int port, List<String> arguments, Map<String, String> environment, Path dir) {
    String property = "c360.console.it.jar." + service.toLowerCase(Locale.ROOT);
    String jar = System.getProperty(property);
    if (jar == null || jar.startsWith("${") || !Files.isRegularFile(Path.of(jar))) {
      throw new IllegalStateException(
          property
              + " does not name a built jar; run through Maven: ./mvnw verify -pl console -am");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // small heap, quick start on two shared cores: C1 only, serial GC
    command.addAll(
        List.of(
            "-Xmx320m",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "--enable-native-access=ALL-UNNAMED"));
    if (Runtime.version().feature() >= 23) {
      command.add("--sun-misc-unsafe-memory-access=allow");
    }
    command.addAll(List.of("-jar", jar, "--server.port=" + port));
    command.addAll(arguments);
    Path log = dir.resolve(service + ".log");
    try {
      Path work = Files.createDirectories(dir.resolve(service));
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(work.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      builder.environment().putAll(environment);
      return new ServiceJar(service, port, builder.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start " + service, e);
    }
  }

  int port() {
    return port;
  }

  String url() {
    return "http://localhost:" + port;
  }

  /** Waits until {@code /actuator/health/readiness} answers 200. */
  void awaitReady(Duration timeout) {
    URI readiness = URI.create(url() + "/actuator/health/readiness");
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited; see " + log);
      }
      try {
        HttpResponse<Void> response =
            HTTP.send(
                HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(2)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(name + " not ready in " + timeout + "; see " + log);
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  void requestStop() {
    process.destroy();
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
