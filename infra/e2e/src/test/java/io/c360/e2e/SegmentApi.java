package io.c360.e2e;

import io.c360.common.json.EventJson;
import io.c360.devstack.test.ApiClient.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * ingest-service's Segment-compatible API as an SDK calls it: HTTP Basic with the write key as user
 * name and an empty password.
 */
final class SegmentApi {

  /** A request with no answer after this long counts as hanging. */
  static final int ANSWER_TIMEOUT_SECONDS = 30;

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
    return exchange("/v1/" + message.path("type").asString(), message).response();
  }

  /** {@code POST /v1/batch} with up to 2,500 messages. */
  Response batch(List<ObjectNode> messages) {
    return batchAnswer(messages).response();
  }

  /**
   * A response and its {@code Retry-After} header, if any.
   *
   * @param retryAfter the header's value, or null when the response has none
   */
  record Answer(Response response, @Nullable String retryAfter) {}

  /**
   * {@code POST /v1/batch}, with the answer's {@code Retry-After}.
   *
   * @throws IllegalStateException when no answer comes within {@value #ANSWER_TIMEOUT_SECONDS} s,
   *     or the connection is refused or reset
   */
  Answer batchAnswer(List<ObjectNode> messages) {
    ObjectNode body = EventJson.mapper().createObjectNode();
    body.putArray("batch").addAll(messages);
    return exchange("/v1/batch", body);
  }

  private Answer exchange(String path, JsonNode body) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(ANSWER_TIMEOUT_SECONDS))
            .header("Authorization", authorization)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(EventJson.mapper().writeValueAsString(body)))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      String text = response.body();
      return new Answer(
          new Response(
              response.statusCode(),
              response.headers().firstValue("Content-Type").orElse(""),
              text.isBlank() ? null : EventJson.mapper().readTree(text),
              text),
          response.headers().firstValue("Retry-After").orElse(null));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
