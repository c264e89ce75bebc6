package io.c360.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The five C360 services, in the order data flows through them, and where their jars are. */
enum Service {
  INGEST,
  IDENTITY,
  SCORING,
  RECOMMENDATION,
  ACTIVATION;

  /** e.g. {@code ingest}, as in {@code c360-ingest-service}. */
  String shortName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The executable jar, from the system property {@code c360.e2e.jar.<name>} that the module's pom
   * sets from the resolved dependency (so the reactor builds it first).
   */
  Path jar() {
    String property = "c360.e2e.jar." + shortName();
    String value = System.getProperty(property);
    if (value == null || value.isBlank() || value.startsWith("${")) {
      throw new IllegalStateException(
          "System property "
              + property
              + " does not name the jar of c360-"
              + shortName()
              + "-service; run this test through Maven (./mvnw verify -pl infra/e2e -am)");
    }
    Path jar = Path.of(value);
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          "The jar of c360-" + shortName() + "-service is missing: " + jar);
    }
    return jar;
  }
}
