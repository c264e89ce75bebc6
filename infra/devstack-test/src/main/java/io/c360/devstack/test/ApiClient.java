package io.c360.devstack.test;

import io.c360.common.json.EventJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Calls a C360 service's HTTP API on localhost as a client would, with a bearer token or none. */
public class ApiClient {

  /** A response: status, content type and the body as JSON (or null when empty). */
  public record Response(int status, String contentType, @Nullable JsonNode json, String body) {}

  private final HttpClient http = HttpClient.newHttpClient();
  private final int port;

  public ApiClient(int port) {
    this.port = port;
  }

  public Response get(String path, @Nullable String token) {
    return send(HttpRequest.newBuilder(uri(path)).GET(), token);
  }

  public Response delete(String path, @Nullable String token) {
    return send(HttpRequest.newBuilder(uri(path)).DELETE(), token);
  }

  public Response post(String path, String json, @Nullable String token) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)),
        token);
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private Response send(HttpRequest.Builder request, @Nullable String token) {
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String body = response.body();
      JsonNode json = body.isBlank() ? null : EventJson.mapper().readTree(body);
      return new Response(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          json,
          body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
