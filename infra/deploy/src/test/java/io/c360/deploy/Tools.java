package io.c360.deploy;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs command-line tools (docker-compose, kubectl) when they are installed. */
final class Tools {

  /** The outcome of a command: its exit code and everything it printed. */
  record Result(int exitCode, String output) {}

  private Tools() {}

  /** The executable named {@code name} on the PATH, if any. */
  static Optional<Path> find(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Runs a command in {@code dir} with extra environment variables; at most two minutes. */
  static Result run(Path dir, Map<String, String> environment, List<String> command)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    // Only what the test passes: nothing C360-, AWS- or Kafka-related from the calling shell.
    builder
        .environment()
        .keySet()
        .removeIf(k -> k.startsWith("C360_") || k.startsWith("AWS_") || k.startsWith("KAFKA_"));
    builder.environment().putAll(environment);
    builder.redirectErrorStream(true);
    Process process = builder.start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("timed out: " + String.join(" ", command));
    }
    return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }
}
