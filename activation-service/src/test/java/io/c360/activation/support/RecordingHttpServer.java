package io.c360.activation.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.c360.common.json.EventJson;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;

/**
 * A local HTTP server standing in for a provider's API (SES, Pinpoint, SMS v2, Segment): it records
 * every request the real client sends (method, path, headers, body) and answers with scripted,
 * provider-shaped responses ({@code 200 {}} unless told otherwise).
 */
public final class RecordingHttpServer implements AutoCloseable {

  /** One request as received. Header names are lower case. */
  public record Request(String method, String path, Map<String, String> headers, String body) {

    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public JsonNode json() {
      return EventJson.mapper().readTree(body);
    }
  }

  /** A scripted answer: status, extra headers, JSON body. */
  public record Answer(int status, Map<String, String> headers, String body) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();

  public RecordingHttpServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  public URI endpoint() {
    return URI.create("http://localhost:" + server.getAddress().getPort());
  }

  /** Answers requests to the path with this status and JSON body. */
  public void answer(String path, int status, String json) {
    answers.put(path, new Answer(status, Map.of(), json));
  }

  /** Answers requests to the path with this status, headers and JSON body. */
  public void answer(String path, int status, Map<String, String> headers, String json) {
    answers.put(path, new Answer(status, Map.copyOf(headers), json));
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  public Request onlyRequest() {
    if (requests.size() != 1) {
      throw new AssertionError("expected one request, got " + requests.size() + ": " + requests);
    }
    return requests.getFirst();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] bytes = exchange.getRequestBody().readAllBytes();
      Map<String, String> headers = new ConcurrentHashMap<>();
      exchange
          .getRequestHeaders()
          .forEach(
              (name, values) ->
                  headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
      String path = exchange.getRequestURI().getPath();
      requests.add(
          new Request(
              exchange.getRequestMethod(),
              path,
              Map.copyOf(headers),
              new String(bytes, StandardCharsets.UTF_8)));
      Answer answer = answers.getOrDefault(path, new Answer(200, Map.of(), "{}"));
      byte[] response = answer.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
      exchange.sendResponseHeaders(answer.status(), response.length == 0 ? -1 : response.length);
      if (response.length > 0) {
        exchange.getResponseBody().write(response);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
