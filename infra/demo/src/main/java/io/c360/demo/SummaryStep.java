package io.c360.demo;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Step 7: where to look next: each service's Swagger UI and OpenAPI, and the files the demo left.
 */
final class SummaryStep {

  private final DemoSettings settings;
  private final PrintStream out;

  SummaryStep(DemoSettings settings, PrintStream out) {
    this.settings = settings;
    this.out = out;
  }

  /** Service name to base URL, in the order data flows. */
  static Map<String, URI> services(DemoSettings s) {
    Map<String, URI> services = new LinkedHashMap<>();
    services.put("ingest-service", s.ingestUrl());
    services.put("identity-service", s.identityUrl());
    services.put("scoring-service", s.scoringUrl());
    services.put("recommendation-service", s.recommendationUrl());
    services.put("activation-service", s.activationUrl());
    return services;
  }

  /** Prints where to look next; returns the services' base URLs it listed. */
  Map<String, URI> run(ModelsStep.Models models, WinBackStep.WinBack winBack) {
    out.println(
        "      Swagger UI and OpenAPI of each service (docs/api.md has the main calls with curl):");
    services(settings)
        .forEach(
            (name, url) ->
                out.printf("        %-24s %s/swagger-ui.html   %s/v3/api-docs%n", name, url, url));
    Path blobs = settings.blobRoot();
    out.println("      Files (the local blob store and the outbox):");
    file("imported files", blobs.resolve(FileImports.PREFIX));
    models.scoring().files().forEach((model, key) -> file("scores " + model, blobs.resolve(key)));
    for (String model : ModelsStep.MODELS) {
      file("latest scores " + model, blobs.resolve("scores/" + model + "/latest.csv"));
    }
    file("models (artifacts, metadata)", blobs.resolve("models"));
    if (winBack.lookalikeKey() != null) {
      file("lookalike export", blobs.resolve(winBack.lookalikeKey()));
    }
    file(
        "outbox (JSON lines)",
        settings.outboxDir().resolve("outbox-" + LocalDate.now(ZoneOffset.UTC) + ".jsonl"));
    out.println(
        "      C360 keeps running: ./c360 status, ./c360 logs <name>, ./c360 down to stop,"
            + " ./c360 reset to start from empty data.");
    out.println(
        "      Credentials for curl: source .c360/credentials.env (C360_ADMIN_TOKEN works on every"
            + " service's API).");
    return services(settings);
  }

  private void file(String what, Path path) {
    out.printf("        %-32s %s%n", what, path);
  }
}
