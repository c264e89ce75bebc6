package io.c360.e2e;

import io.c360.common.json.EventJson;
import io.c360.devstack.test.ApiClient.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * ingest-service's Segment-compatible API as an SDK calls it: HTTP Basic with the write key as user
 * name and an empty password.
 */
final class SegmentApi {

  private final HttpClient http = HttpClient.newHttpClient();
  private final int port;
  private final String authorization;

  SegmentApi(int port, String writeKey) {
    this.port = port;
    this.authorization =
        "Basic "
            + Base64.getEncoder().encodeToString((writeKey + ":").getBytes(StandardCharsets.UTF_8));
  }

  /** One call: {@code POST /v1/<type>} with the message (its {@code type} picks the path). */
  Response send(ObjectNode message) {
    return post("/v1/" + message.path("type").asString(), message);
  }

  /** {@code POST /v1/batch} with up to 2,500 messages. */
  Response batch(List<ObjectNode> messages) {
    ObjectNode body = EventJson.mapper().createObjectNode();
    body.putArray("batch").addAll(messages);
    return post("/v1/batch", body);
  }

  private Response post(String path, JsonNode body) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", authorization)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(EventJson.mapper().writeValueAsString(body)))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      String text = response.body();
      return new Response(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          text.isBlank() ? null : EventJson.mapper().readTree(text),
          text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
