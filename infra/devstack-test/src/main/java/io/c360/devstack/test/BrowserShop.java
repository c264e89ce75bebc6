package io.c360.devstack.test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * A shop's web page on an origin of its own (a port on the loopback address), which sends calls to
 * ingest the way Segment's browser SDK does: settings from the CDN URL first, then fetch with
 * {@code text/plain} and HTTP Basic to the one-letter routes, so the browser sends real CORS
 * preflights. Visit it with {@code 127.0.0.1} or {@code localhost} as host: they are two origins.
 * It holds its own headless Chromium ({@link HeadlessChromium}); start one per test class.
 */
public final class BrowserShop implements AutoCloseable {

  private final HttpServer server;
  private final WebDriver browser;
  private volatile String calls = "[]";

  private BrowserShop(HttpServer server, WebDriver browser) {
    this.server = server;
    this.browser = browser;
  }

  /** What the page reports: each request's path and status, or the error that stopped it. */
  public record Visit(List<String> statuses, @Nullable String error) {}

  public static BrowserShop start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      BrowserShop shop = new BrowserShop(server, HeadlessChromium.start());
      server.createContext("/shop.html", e -> answer(e, "text/html", page()));
      server.createContext(
          "/calls.json",
          e -> answer(e, "application/json", shop.calls.getBytes(StandardCharsets.UTF_8)));
      server.start();
      return shop;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Opens the page as {@code http://<host>:<port>/shop.html}, lets it send {@code callsJson} (a
   * JSON array of Segment calls; an element {@code {"batch": [...]}} is sent to {@code /v1/b}) to
   * the ingest at {@code ingestUrl}, and returns what it reported.
   */
  public Visit visit(String host, String ingestUrl, String writeKey, String callsJson) {
    this.calls = callsJson;
    browser.get(
        "http://"
            + host
            + ":"
            + server.getAddress().getPort()
            + "/shop.html?cdn="
            + URLEncoder.encode(ingestUrl, StandardCharsets.UTF_8)
            + "&key="
            + URLEncoder.encode(writeKey, StandardCharsets.UTF_8));
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      Object result = ((JavascriptExecutor) browser).executeScript("return window.c360Result;");
      if (result instanceof Map<?, ?> map) {
        List<String> statuses =
            ((List<?>) map.get("statuses")).stream().map(String::valueOf).toList();
        Object error = map.get("error");
        return new Visit(statuses, error == null ? null : error.toString());
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("the shop page reported nothing within 30 s");
  }

  @Override
  public void close() {
    try {
      browser.quit();
    } finally {
      server.stop(0);
    }
  }

  private static void answer(HttpExchange exchange, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", type + "; charset=utf-8");
    exchange.getResponseHeaders().add("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  private static byte[] page() {
    try (InputStream in = BrowserShop.class.getResourceAsStream("browser-shop.html")) {
      if (in == null) {
        throw new IllegalStateException("browser-shop.html is missing next to BrowserShop");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
