package io.c360.activation.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A local stand-in for recommendation-service's API in activation's tests (the end-to-end test runs
 * the real one): {@code GET /v1/recommendations} answers three products named after the userId,
 * {@code GET /v1/popular} three popular ones; a userId marked slow answers after 6 s (activation
 * gives up after 2 s in tests). It records every request URI and authorization header.
 */
public final class RecommendationServer {

  private static RecommendationServer instance;

  private final HttpServer server;
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final List<String> authorizations = new CopyOnWriteArrayList<>();
  private final Set<String> slow = ConcurrentHashMap.newKeySet();

  private RecommendationServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.start();
  }

  /** The one server of this test JVM. */
  public static synchronized RecommendationServer get() {
    if (instance == null) {
      instance = new RecommendationServer();
    }
    return instance;
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Makes answers for this userId take longer than activation's timeout. */
  public void slowFor(String userId) {
    slow.add(userId);
  }

  public List<String> requests() {
    return List.copyOf(requests);
  }

  public List<String> authorizations() {
    return List.copyOf(authorizations);
  }

  private void handle(HttpExchange exchange) throws IOException {
    URI uri = exchange.getRequestURI();
    requests.add(uri.toString());
    authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
    String body;
    if (uri.getPath().equals("/v1/recommendations")) {
      String userId = parameter(uri, "userId");
      if (userId != null && slow.contains(userId)) {
        sleep();
      }
      String who = userId == null ? "visitor" : userId;
      body = items("Pick for " + who, "rec-" + who);
    } else if (uri.getPath().equals("/v1/popular")) {
      body = items("Bestseller", "pop");
    } else {
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
      return;
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private static String items(String name, String sku) {
    StringBuilder json = new StringBuilder("{\"items\":[");
    for (int i = 1; i <= 3; i++) {
      json.append(i == 1 ? "" : ",")
          .append(
              "{\"sku\":\"%s-%d\",\"name\":\"%s %d\",\"price\":%d.90,\"currency\":\"USD\","
                  .formatted(sku, i, name, i, 10 * i))
          .append(
              "\"imageUrl\":\"https://img.example.com/%s-%d.jpg\",\"category\":\"shoes\",\"stock\":5}"
                  .formatted(sku, i));
    }
    return json.append("]}").toString();
  }

  private static String parameter(URI uri, String name) {
    if (uri.getQuery() == null) {
      return null;
    }
    for (String pair : uri.getQuery().split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals(name)) {
        return java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  private static void sleep() {
    try {
      Thread.sleep(6_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
