package io.c360.ingest.support;

import io.c360.common.json.EventJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Segment messages as SDKs send them, for tests. */
public final class Messages {

  private Messages() {}

  public static Map<String, Object> track(String userId, String event) {
    Map<String, Object> m = base("track");
    m.put("userId", userId);
    m.put("event", event);
    m.put("properties", new LinkedHashMap<>(Map.of("sku", "SKU-1", "price", 19.90)));
    return m;
  }

  public static Map<String, Object> anonymousPage(String anonymousId, String name) {
    Map<String, Object> m = base("page");
    m.put("anonymousId", anonymousId);
    m.put("name", name);
    m.put("properties", Map.of("url", "https://shop.example.com/" + name));
    return m;
  }

  public static Map<String, Object> identify(String userId, String email, String phone) {
    Map<String, Object> m = base("identify");
    m.put("userId", userId);
    m.put("traits", new LinkedHashMap<>(Map.of("email", email, "phone", phone)));
    return m;
  }

  /** A track call padded with a property so it serializes to about {@code bytes} bytes. */
  public static Map<String, Object> trackOfSize(String userId, int bytes) {
    Map<String, Object> m = track(userId, "Product Viewed");
    m.put("properties", Map.of("padding", "x".repeat(Math.max(0, bytes - 250))));
    return m;
  }

  public static Map<String, Object> base(String type) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", type);
    m.put("messageId", UUID.randomUUID().toString());
    return m;
  }

  public static String batch(List<Map<String, Object>> messages) {
    return json(Map.of("batch", new ArrayList<>(messages)));
  }

  public static String json(Object value) {
    return EventJson.mapper().writeValueAsString(value);
  }
}
