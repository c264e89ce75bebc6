package io.c360.console.services;

/** The five services the console calls. */
public enum Service {
  INGEST,
  IDENTITY,
  SCORING,
  RECOMMENDATION,
  ACTIVATION;

  /** e.g. {@code identity-service}, as people know it. */
  public String displayName() {
    return name().toLowerCase(java.util.Locale.ROOT) + "-service";
  }
}
