package io.c360.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Puts a file into the local blob store under {@code imports/demo/}, starts its import with {@code
 * POST /v1/imports} (role admin) and follows {@code GET /v1/imports/{id}} until it has finished.
 */
final class FileImports {

  static final String PREFIX = "imports/demo/";
  private static final Duration TIMEOUT = Duration.ofMinutes(3);
  private static final Duration POLL = Duration.ofMillis(500);

  private final Api ingest;
  private final Path blobRoot;
  private final PrintStream out;

  FileImports(Api ingest, Path blobRoot, PrintStream out) {
    this.ingest = ingest;
    this.blobRoot = blobRoot;
    this.out = out;
  }

  /** A finished import's report, as ingest returned it. */
  record Report(
      String kind,
      String key,
      String importId,
      String status,
      long rowsRead,
      long accepted,
      long rejected,
      long duplicates,
      long eventsPublished,
      List<Rejection> rejections,
      String failure) {}

  /** A rejected row and why. */
  record Rejection(long row, List<String> reasons) {}

  /** Writes {@code content} as {@code imports/demo/<file>}, imports it as {@code kind}, reports. */
  Report run(String kind, String file, String content) {
    String key = PREFIX + file;
    Path path = blobRoot.resolve(key);
    try {
      Files.createDirectories(path.getParent());
      Files.writeString(path, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new DemoFailedException("could not write " + path + ": " + e.getMessage(), e);
    }
    JsonNode started = ingest.post("/v1/imports", Map.of("kind", kind, "key", key), 202);
    String importId = started.path("importId").asString("");
    if (importId.isEmpty()) {
      throw new DemoFailedException(
          "ingest-service answered POST /v1/imports without an importId: " + started);
    }
    JsonNode finished =
        Waiting.until(
            "ingest-service to finish import " + importId + " of " + key,
            TIMEOUT,
            POLL,
            () -> {
              JsonNode report = ingest.get("/v1/imports/" + importId);
              String status = report.path("status").asString("");
              return status.equals("COMPLETED") || status.equals("FAILED")
                  ? Optional.of(report)
                  : Optional.empty();
            });
    Report report = toReport(kind, key, finished);
    print(report, path);
    if (!report.status().equals("COMPLETED")) {
      throw new DemoFailedException(
          "ingest-service could not import " + key + " (" + kind + "): " + report.failure());
    }
    return report;
  }

  private void print(Report r, Path path) {
    out.printf(
        "      %-16s %-44s %,7d rows read, %,7d accepted, %,3d rejected, %,5d duplicates, %,6d"
            + " events%n",
        r.kind(),
        path,
        r.rowsRead(),
        r.accepted(),
        r.rejected(),
        r.duplicates(),
        r.eventsPublished());
    for (Rejection rejection : r.rejections().subList(0, Math.min(3, r.rejections().size()))) {
      out.printf(
          "         rejected row %d: %s%n",
          rejection.row(), String.join("; ", rejection.reasons()));
    }
  }

  private static Report toReport(String kind, String key, JsonNode json) {
    List<Rejection> rejections =
        json.path("rejections").values().stream()
            .map(
                r ->
                    new Rejection(
                        r.path("row").asLong(0),
                        r.path("reasons").values().stream().map(n -> n.asString("")).toList()))
            .toList();
    return new Report(
        kind,
        key,
        json.path("importId").asString(""),
        json.path("status").asString(""),
        json.path("rowsRead").asLong(0),
        json.path("accepted").asLong(0),
        json.path("rejected").asLong(0),
        json.path("duplicates").asLong(0),
        json.path("eventsPublished").asLong(0),
        rejections,
        json.path("failure").asString(""));
  }
}
