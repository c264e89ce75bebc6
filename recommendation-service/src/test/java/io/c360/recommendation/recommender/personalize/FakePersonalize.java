package io.c360.recommendation.recommender.personalize;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.c360.common.json.EventJson;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;

/**
 * A local HTTP server standing in for Personalize's runtime and events endpoints: it records every
 * request the real SDK clients send (method, path, headers, JSON body) and answers with scripted,
 * Personalize-shaped responses (200 {@code {}} unless told otherwise).
 */
final class FakePersonalize implements AutoCloseable {

  /** One request as received. Header names are lower case. */
  record Request(String method, String path, Map<String, String> headers, JsonNode body) {

    String header(String name) {
      return headers.get(name);
    }
  }

  private record Answer(int status, String body, long delayMillis) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();

  FakePersonalize() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  URI endpoint() {
    return URI.create("http://localhost:" + server.getAddress().getPort());
  }

  /** Answers requests to the path with this status and JSON body. */
  void answer(String path, int status, String json) {
    answers.put(path, new Answer(status, json, 0));
  }

  /** Answers requests to the path only after the delay. */
  void answerSlowly(String path, long delayMillis) {
    answers.put(path, new Answer(200, "{}", delayMillis));
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  Request onlyRequest() {
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
          .forEach((name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
      String path = exchange.getRequestURI().getPath();
      JsonNode body =
          bytes.length == 0
              ? EventJson.mapper().nullNode()
              : EventJson.mapper().readTree(new String(bytes, StandardCharsets.UTF_8));
      requests.add(new Request(exchange.getRequestMethod(), path, Map.copyOf(headers), body));
      Answer answer = answers.getOrDefault(path, new Answer(200, "{}", 0));
      if (answer.delayMillis() > 0) {
        try {
          Thread.sleep(answer.delayMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      byte[] response = answer.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      if (answer.status() >= 400) {
        exchange.getResponseHeaders().set("x-amzn-ErrorType", "InternalServerError");
      }
      exchange.sendResponseHeaders(answer.status(), response.length);
      exchange.getResponseBody().write(response);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
