package io.c360.ingest.support;

import io.c360.common.json.EventJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Sends HTTP requests to a running ingest-service, as an SDK or curl would. */
public final class IngestClient {

  private final HttpClient http = HttpClient.newHttpClient();
  private final String baseUrl;

  public IngestClient(int port) {
    this.baseUrl = "http://localhost:" + port;
  }

  /** An HTTP answer with its JSON body parsed. */
  public record Answer(
      int status,
      @Nullable String contentType,
      JsonNode body,
      String raw,
      Map<String, List<String>> headers) {

    /** The first value of a response header, or null. */
    public @Nullable String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .findFirst()
          .map(e -> e.getValue().getFirst())
          .orElse(null);
    }
  }

  public Answer post(String path, @Nullable String authorization, String json) {
    return send(
        path, authorization, "application/json", null, json.getBytes(StandardCharsets.UTF_8));
  }

  public Answer postGzip(String path, @Nullable String authorization, String json) {
    return send(path, authorization, "application/json", "gzip", gzip(json));
  }

  public Answer send(
      String path,
      @Nullable String authorization,
      @Nullable String contentType,
      @Nullable String contentEncoding,
      byte[] body) {
    var request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (contentEncoding != null) {
      request.header("Content-Encoding", contentEncoding);
    }
    return exchange(request.build());
  }

  /**
   * Any request with exactly the given headers (Origin, User-Agent, X-Retry-Count, ...); a {@code
   * chunked} body is sent without a Content-Length, as HttpURLConnection's streaming mode does.
   */
  public Answer request(
      String method,
      String path,
      Map<String, String> headers,
      byte @Nullable [] body,
      boolean chunked) {
    HttpRequest.BodyPublisher publisher;
    if (body == null) {
      publisher = HttpRequest.BodyPublishers.noBody();
    } else if (chunked) {
      publisher =
          HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofByteArray(body));
    } else {
      publisher = HttpRequest.BodyPublishers.ofByteArray(body);
    }
    var request = HttpRequest.newBuilder(URI.create(baseUrl + path)).method(method, publisher);
    headers.forEach(request::header);
    return exchange(request.build());
  }

  /**
   * Starts an import of a file in the blob store as {@code POST /v1/imports} with an admin token,
   * and waits up to 30 s for its report to end; returns the final report.
   */
  public JsonNode runImport(String adminToken, String kind, String key) {
    Answer started =
        post(
            "/v1/imports",
            "Bearer " + adminToken,
            Messages.json(java.util.Map.of("kind", kind, "key", key)));
    if (started.status() != 202) {
      throw new AssertionError("import answered " + started.status() + ": " + started.raw());
    }
    return awaitImport(adminToken, started.body().get("importId").asString());
  }

  /** A multipart/form-data POST, as {@code curl -F field=value -F file=@name} sends it. */
  public Answer upload(
      String path,
      @Nullable String authorization,
      Map<String, String> fields,
      String fileName,
      byte[] content) {
    String boundary = "c360-" + java.util.UUID.randomUUID();
    var body = new ByteArrayOutputStream();
    fields.forEach(
        (name, value) ->
            body.writeBytes(
                ("--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + name
                        + "\"\r\n\r\n"
                        + value
                        + "\r\n")
                    .getBytes(StandardCharsets.UTF_8)));
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        path, authorization, "multipart/form-data; boundary=" + boundary, null, body.toByteArray());
  }

  /** Polls an import's report until it is COMPLETED or FAILED (30 s at most) and returns it. */
  public JsonNode awaitImport(String adminToken, String id) {
    java.time.Instant deadline = java.time.Instant.now().plusSeconds(30);
    while (java.time.Instant.now().isBefore(deadline)) {
      Answer report = get("/v1/imports/" + id, "Bearer " + adminToken);
      if (report.status() != 200) {
        throw new AssertionError("import report answered " + report.status() + ": " + report.raw());
      }
      String status = report.body().get("status").asString();
      if (status.equals("COMPLETED") || status.equals("FAILED")) {
        return report.body();
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("import " + id + " did not finish in 30 s");
  }

  public Answer get(String path, @Nullable String authorization) {
    var request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return exchange(request.build());
  }

  private Answer exchange(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      String raw = response.body();
      JsonNode body =
          raw.isBlank()
              ? EventJson.mapper().nullNode()
              : raw.startsWith("{") || raw.startsWith("[")
                  ? EventJson.mapper().readTree(raw)
                  : EventJson.mapper().getNodeFactory().stringNode(raw);
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(null),
          body,
          raw,
          response.headers().map());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static byte[] gzip(String text) {
    var bytes = new ByteArrayOutputStream();
    try (var gzip = new GZIPOutputStream(bytes)) {
      gzip.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
