package io.c360.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.json.EventJson;
import io.c360.devstack.test.BrowserShop;
import io.c360.devstack.test.HeadlessChromium;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends a visitor's calls from a shop page in headless Chromium, on an origin of its own, the way
 * Segment's browser SDK does (settings, then {@code /v1/p}, {@code /v1/t}, ... with text/plain and
 * HTTP Basic, through real CORS preflights). Without Chromium on the machine the calls go through
 * the server API instead.
 */
final class BrowserSdk implements AutoCloseable {

  private final String ingestUrl;
  private final String writeKey;
  private final @Nullable BrowserShop shop;

  BrowserSdk(String ingestUrl, String writeKey) {
    this.ingestUrl = ingestUrl;
    this.writeKey = writeKey;
    this.shop = HeadlessChromium.available() ? BrowserShop.start() : null;
  }

  /** Sends the calls from the page (127.0.0.1:* is an allowed origin of the run's source). */
  void send(List<ObjectNode> calls, SegmentApi fallback) {
    if (shop == null) {
      calls.forEach(call -> assertThat(fallback.send(call).status()).isEqualTo(200));
      return;
    }
    BrowserShop.Visit visit =
        shop.visit("127.0.0.1", ingestUrl, writeKey, EventJson.mapper().writeValueAsString(calls));
    assertThat(visit.error()).as("the page's error").isNull();
    assertThat(visit.statuses())
        .hasSize(calls.size())
        .allSatisfy(s -> assertThat(s).endsWith(" 200"));
  }

  @Override
  public void close() {
    if (shop != null) {
      shop.close();
    }
  }
}
