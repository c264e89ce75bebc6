package io.c360.demo;

import io.c360.common.json.EventJson;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * JSON over HTTP to one service, with the bearer token or write key the call needs. An answer with
 * another status than expected becomes a {@link DemoFailedException} that names the service, the
 * call, the status and the problem detail's title and detail.
 */
final class Api {

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

  private final String service;
  private final URI baseUrl;
  private final String authorization;
  private final HttpClient http;

  private Api(String service, URI baseUrl, String authorization, HttpClient http) {
    this.service = service;
    this.baseUrl = baseUrl;
    this.authorization = authorization;
    this.http = http;
  }

  /** Calls with {@code Authorization: Bearer <token>}. */
  static Api bearer(String service, URI baseUrl, String token, HttpClient http) {
    return new Api(service, baseUrl, "Bearer " + token, http);
  }

  /** Calls the Tracking API as Segment SDKs do: HTTP Basic, write key as user, empty password. */
  static Api writeKey(String service, URI baseUrl, String writeKey, HttpClient http) {
    String basic =
        java.util.Base64.getEncoder()
            .encodeToString((writeKey + ":").getBytes(StandardCharsets.UTF_8));
    return new Api(service, baseUrl, "Basic " + basic, http);
  }

  static HttpClient newHttpClient() {
    return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  String service() {
    return service;
  }

  URI baseUrl() {
    return baseUrl;
  }

  JsonNode get(String path, int... expected) {
    return send("GET", path, null, expected.length == 0 ? new int[] {200} : expected).body();
  }

  JsonNode post(String path, @Nullable Object body, int... expected) {
    byte[] json = body == null ? new byte[0] : EventJson.mapper().writeValueAsBytes(body);
    return send("POST", path, json, expected.length == 0 ? new int[] {200} : expected).body();
  }

  /** Posts bytes that already are JSON (a batch assembled by the caller). */
  JsonNode postJson(String path, byte[] json, int... expected) {
    return send("POST", path, json, expected.length == 0 ? new int[] {200} : expected).body();
  }

  /** An answer: its status and JSON body (an empty object when there was none). */
  record Response(int status, JsonNode body) {}

  /** Sends and returns the answer whatever its status; fails only when nothing answered. */
  Response exchange(String method, String path, byte @Nullable [] json) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(REQUEST_TIMEOUT)
            .header("Authorization", authorization)
            .header("Accept", "application/json, application/problem+json");
    if (json != null) {
      builder
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofByteArray(json));
    } else {
      builder.method(method, HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<String> response;
    try {
      response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new DemoFailedException(
          "%s did not answer %s %s%s: %s (is it running? ./c360 status, ./c360 logs %s)"
              .formatted(service, method, baseUrl, path, e, service.replace("-service", "")),
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DemoFailedException("interrupted while calling " + service, e);
    }
    String text = response.body();
    JsonNode body =
        text == null || text.isBlank() ? EventJson.mapper().createObjectNode() : readOrText(text);
    return new Response(response.statusCode(), body);
  }

  private Response send(String method, String path, byte @Nullable [] json, int[] expected) {
    Response response = exchange(method, path, json);
    if (Arrays.stream(expected).noneMatch(s -> s == response.status())) {
      throw new DemoFailedException(failure(method, path, response));
    }
    return response;
  }

  /** "scoring-service answered 400 to POST /v1/x: Bad Request: detail". */
  String failure(String method, String path, Response response) {
    return "%s answered %d to %s %s: %s"
        .formatted(service, response.status(), method, path, problem(response.body()));
  }

  /** The problem detail's title and detail (and its listed problems), else the body as is. */
  static String problem(JsonNode body) {
    if (body.has("title") || body.has("detail")) {
      StringBuilder text = new StringBuilder(body.path("title").asString(""));
      String detail = body.path("detail").asString("");
      if (!detail.isEmpty()) {
        text.append(text.isEmpty() ? "" : ": ").append(detail);
      }
      if (body.has("problems")) {
        text.append(" ").append(body.get("problems"));
      }
      return text.toString();
    }
    String raw = body.isString() ? body.asString() : body.toString();
    return raw.length() > 500 ? raw.substring(0, 500) + "..." : raw;
  }

  /** {@code ?a=1&b=x} with each value URL-encoded; null values are left out. */
  static String query(Map<String, ? extends @Nullable Object> parameters) {
    String query =
        parameters.entrySet().stream()
            .filter(e -> e.getValue() != null)
            .map(
                e ->
                    e.getKey()
                        + "="
                        + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return query.isEmpty() ? "" : "?" + query;
  }

  private static JsonNode readOrText(String text) {
    try {
      return EventJson.mapper().readTree(text);
    } catch (RuntimeException e) {
      return EventJson.mapper().getNodeFactory().stringNode(text);
    }
  }
}
