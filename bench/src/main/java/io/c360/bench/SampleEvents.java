package io.c360.bench;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Builds ~1 KB Segment track messages (a Product Viewed with realistic properties and context),
 * each with a fresh messageId so ingest's dedupe never drops them.
 */
final class SampleEvents {

  private static final String[] CATEGORIES = {"shoes", "outerwear", "bags", "kids", "home"};
  private final int eventBytes;
  private final int users;

  SampleEvents(int eventBytes, int users) {
    this.eventBytes = eventBytes;
    this.users = users;
  }

  /** One message as JSON, padded so it is about {@code eventBytes} long. */
  String event() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    int user = random.nextInt(users);
    int sku = random.nextInt(50_000);
    StringBuilder b = new StringBuilder(eventBytes + 64);
    b.append("{\"type\":\"track\",\"messageId\":\"")
        .append(new UUID(random.nextLong(), random.nextLong()))
        .append("\",\"userId\":\"user-")
        .append(user)
        .append("\",\"event\":\"Product Viewed\",\"timestamp\":\"2026-11-22T10:00:00Z\",")
        .append("\"properties\":{\"product_id\":\"P-")
        .append(sku)
        .append("\",\"sku\":\"SKU-")
        .append(sku)
        .append("\",\"name\":\"Trail running shoe ")
        .append(sku)
        .append("\",\"category\":\"")
        .append(CATEGORIES[sku % CATEGORIES.length])
        .append("\",\"brand\":\"Acme\",\"price\":")
        .append(20 + sku % 180)
        .append(".90,\"currency\":\"USD\",\"url\":\"https://shop.example.com/p/")
        .append(sku)
        .append("\"},\"context\":{\"ip\":\"203.0.113.")
        .append(user % 250)
        .append("\",\"userAgent\":\"Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X)")
        .append(" AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148\",")
        .append("\"page\":{\"path\":\"/p/")
        .append(sku)
        .append("\",\"referrer\":\"https://www.example.com/search?q=shoes\"},")
        .append("\"library\":{\"name\":\"c360-bench\",\"version\":\"1\"},\"padding\":\"");
    int pad = eventBytes - b.length() - 3;
    for (int i = 0; i < pad; i++) {
      b.append('x');
    }
    b.append("\"}}");
    return b.toString();
  }

  /** A {@code /v1/batch} body of {@code size} messages. */
  byte[] batch(int size) {
    StringBuilder b = new StringBuilder(size * (eventBytes + 2) + 16);
    b.append("{\"batch\":[");
    for (int i = 0; i < size; i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(event());
    }
    b.append("]}");
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }
}
