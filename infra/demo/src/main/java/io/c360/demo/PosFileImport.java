package io.c360.demo;

import io.c360.common.json.EventJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Puts a POS file into ingest's blob store, starts its import through {@code POST /v1/imports}
 * (bearer token with role admin) and polls {@code GET /v1/imports/{id}} until it has finished.
 */
final class PosFileImport {

  static final String KEY = "imports/demo-pos-sales.csv";
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final Duration POLL_INTERVAL = Duration.ofMillis(500);

  private final HttpClient http;
  private final URI ingestUrl;
  private final String adminToken;
  private final Path blobRoot;

  PosFileImport(HttpClient http, URI ingestUrl, String adminToken, Path blobRoot) {
    this.http = http;
    this.ingestUrl = ingestUrl;
    this.adminToken = adminToken;
    this.blobRoot = blobRoot;
  }

  /** The finished import's report, as ingest returned it. */
  record Report(
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

  /** Writes {@code csv} to the blob store as {@value #KEY} and imports it as pos-sales. */
  Report run(String csv) {
    Path file = blobRoot.resolve(KEY);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, csv, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new DemoFailedException("could not write " + file + ": " + e.getMessage(), e);
    }
    String body = EventJson.mapper().writeValueAsString(Map.of("kind", "pos-sales", "key", KEY));
    JsonNode started =
        call(
            HttpRequest.newBuilder(URI.create(ingestUrl + "/v1/imports"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)),
            202);
    String importId = started.path("importId").asString("");
    if (importId.isEmpty()) {
      throw new DemoFailedException("POST /v1/imports answered without an importId: " + started);
    }
    return await(importId);
  }

  private Report await(String importId) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (true) {
      JsonNode report =
          call(
              HttpRequest.newBuilder(URI.create(ingestUrl + "/v1/imports/" + importId)).GET(), 200);
      String status = report.path("status").asString("");
      if (status.equals("COMPLETED") || status.equals("FAILED")) {
        return toReport(report);
      }
      if (System.nanoTime() > deadline) {
        throw new DemoFailedException(
            "import " + importId + " still " + status + " after " + TIMEOUT.toSeconds() + " s");
      }
      sleep(POLL_INTERVAL);
    }
  }

  private JsonNode call(HttpRequest.Builder request, int expectedStatus) {
    HttpRequest built =
        request
            .header("Authorization", "Bearer " + adminToken)
            .header("Accept", "application/json")
            .timeout(Duration.ofSeconds(10))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(built, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new DemoFailedException(
          built.method() + " " + built.uri() + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DemoFailedException("interrupted", e);
    }
    if (response.statusCode() != expectedStatus) {
      throw new DemoFailedException(
          built.method()
              + " "
              + built.uri()
              + " answered "
              + response.statusCode()
              + ": "
              + response.body());
    }
    return EventJson.mapper().readTree(response.body());
  }

  private static Report toReport(JsonNode json) {
    List<Rejection> rejections =
        json.path("rejections").values().stream()
            .map(
                r ->
                    new Rejection(
                        r.path("row").asLong(0),
                        r.path("reasons").values().stream().map(n -> n.asString("")).toList()))
            .toList();
    return new Report(
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

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DemoFailedException("interrupted while waiting for the import", e);
    }
  }
}
