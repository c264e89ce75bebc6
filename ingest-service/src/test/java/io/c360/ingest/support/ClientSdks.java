package io.c360.ingest.support;

import static io.c360.ingest.support.Credentials.basic;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Requests exactly as Segment's client SDKs send them, read from their sources: analytics.js
 * (analytics-next 1.84: {@code plugins/segmentio}'s normalize, fetch and batched dispatchers),
 * analytics-kotlin ({@code HTTPClient.kt}, {@code EventsFileManager.kt}) and analytics-swift
 * ({@code HTTPClient.swift}).
 */
public final class ClientSdks {

  public static final String ANALYTICS_JS = "npm:next-1.84.0";

  private ClientSdks() {}

  /** One request: method, path, headers and body bytes, and whether the body is streamed. */
  public record SdkRequest(String path, Map<String, String> headers, byte[] body, boolean chunked) {

    public IngestClient.Answer sendTo(IngestClient client) {
      return client.request("POST", path, headers, body, chunked);
    }
  }

  /**
   * analytics.js's standard delivery: one call per request to {@code /v1/<first letter of the
   * type>}, {@code Content-Type: text/plain} (so only the Authorization header needs a preflight),
   * the write key both as HTTP Basic and in the body, {@code sentAt} and {@code _metadata} on the
   * message, {@code X-Retry-Count} from the second attempt on.
   */
  public static SdkRequest browserCall(
      String writeKey, Map<String, Object> message, String origin, int attempt) {
    Map<String, Object> json = new LinkedHashMap<>(message);
    json.put("writeKey", writeKey);
    json.put("sentAt", Instant.now().toString());
    json.put("_metadata", Map.of("bundled", List.of("Segment.io"), "unbundled", List.of()));
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "text/plain");
    headers.put("Authorization", basic(writeKey));
    headers.put("Origin", origin);
    if (attempt > 1) {
      headers.put("X-Retry-Count", Integer.toString(attempt - 1));
    }
    String type = (String) message.get("type");
    return new SdkRequest("/v1/" + type.charAt(0), headers, utf8(Messages.json(json)), false);
  }

  /** analytics.js's batching delivery: {@code /v1/b} with writeKey, batch and one sentAt. */
  public static SdkRequest browserBatch(
      String writeKey, List<Map<String, Object>> messages, String origin) {
    List<Map<String, Object>> batch = new ArrayList<>();
    for (Map<String, Object> message : messages) {
      Map<String, Object> json = new LinkedHashMap<>(message);
      json.put("writeKey", writeKey);
      batch.add(json);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("writeKey", writeKey);
    body.put("batch", batch);
    body.put("sentAt", Instant.now().toString());
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "text/plain");
    headers.put("Authorization", basic(writeKey));
    headers.put("Origin", origin);
    return new SdkRequest("/v1/b", headers, utf8(Messages.json(body)), false);
  }

  /**
   * analytics-kotlin (Android): the stored batch file, {@code {"batch":[...],"sentAt":..,
   * "writeKey":..}}, gzipped and streamed in chunks to {@code /v1/b} as {@code text/plain}; no
   * Authorization header, the write key only in the body.
   */
  public static SdkRequest androidUpload(String writeKey, List<Map<String, Object>> messages) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "text/plain");
    headers.put("Content-Encoding", "gzip");
    headers.put("User-Agent", "analytics-kotlin/1.19.1");
    String file = batchFile(writeKey, messages, "analytics-kotlin");
    return new SdkRequest("/v1/b", headers, IngestClient.gzip(file), true);
  }

  /**
   * analytics-swift (iOS): the stored batch file uploaded to {@code /v1/b} with {@code
   * Content-Type: application/json; charset=utf-8}; the write key only in the body.
   */
  public static SdkRequest iosUpload(String writeKey, List<Map<String, Object>> messages) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json; charset=utf-8");
    headers.put("User-Agent", "analytics-ios/1.7.3");
    headers.put("Accept-Encoding", "gzip");
    return new SdkRequest(
        "/v1/b", headers, utf8(batchFile(writeKey, messages, "analytics-swift")), false);
  }

  /** A mobile message: what the SDKs add to each event (context, integrations, metadata). */
  public static Map<String, Object> mobile(Map<String, Object> message, String library) {
    Map<String, Object> json = new LinkedHashMap<>(message);
    json.put("timestamp", Instant.now().toString());
    json.put(
        "context",
        Map.of(
            "library", Map.of("name", library, "version", "1.0.0"),
            "device", Map.of("id", "device-" + UUID.randomUUID(), "manufacturer", "Google"),
            "os", Map.of("name", "Android", "version", "15"),
            "app", Map.of("name", "Shop", "version", "3.2.1", "build", "321"),
            "instanceId", UUID.randomUUID().toString()));
    json.put("integrations", Map.of());
    json.put("_metadata", Map.of("bundled", List.of(), "unbundled", List.of()));
    return json;
  }

  private static String batchFile(
      String writeKey, List<Map<String, Object>> messages, String library) {
    List<String> events = messages.stream().map(m -> Messages.json(mobile(m, library))).toList();
    return "{\"batch\":["
        + String.join(",", events)
        + "],\"sentAt\":\""
        + Instant.now()
        + "\",\"writeKey\":\""
        + writeKey
        + "\"}";
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
