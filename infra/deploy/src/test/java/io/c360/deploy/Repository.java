package io.c360.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Paths into the C360 repository whose deployment files the tests check. */
final class Repository {

  /** The five services, in the order of their ports (8081 to 8085). */
  static final java.util.List<String> SERVICES =
      java.util.List.of(
          "ingest-service",
          "identity-service",
          "scoring-service",
          "recommendation-service",
          "activation-service");

  private Repository() {}

  /** The repository root: {@code -Dc360.root} (set by the build), else found from here. */
  static Path root() {
    String configured = System.getProperty("c360.root");
    if (configured != null) {
      return Path.of(configured).toAbsolutePath().normalize();
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("docker-compose.yml"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("cannot find the repository root; set -Dc360.root");
    }
    return dir;
  }

  static Path file(String relative) {
    return root().resolve(relative);
  }

  static String read(String relative) {
    try {
      return Files.readString(file(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The port of a service: 8081 for the first of {@link #SERVICES}, and so on. */
  static int port(String service) {
    int index = SERVICES.indexOf(service);
    if (index < 0) {
      throw new IllegalArgumentException("not a C360 service: " + service);
    }
    return 8081 + index;
  }
}
