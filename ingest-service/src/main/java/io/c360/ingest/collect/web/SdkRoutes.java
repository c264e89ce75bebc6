package io.c360.ingest.collect.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The paths Segment's SDKs call. Server SDKs use the long forms ({@code /v1/track}, {@code
 * /v1/batch}); analytics.js uses one letter per call ({@code /v1/t}, {@code /v1/p}, ...) and {@code
 * /v1/b} when batching; the iOS and Android SDKs upload to {@code /v1/b}; every client SDK reads
 * {@code /v1/projects/{writeKey}/settings} at start and may post telemetry to {@code /v1/m}. These
 * routes, and no other, answer browsers' CORS requests.
 */
final class SdkRoutes {

  /** The one-letter path of each call type, as analytics.js names it (the type's first letter). */
  static final Map<String, String> SHORT_CALLS =
      Map.of("t", "track", "i", "identify", "p", "page", "s", "screen", "g", "group", "a", "alias");

  /** The paths of a batch: Segment's long forms, its Java SDK's alias and the client SDKs' one. */
  static final List<String> BATCH_CALLS = List.of("batch", "import", "b");

  static final String SETTINGS_PREFIX = "/v1/projects/";
  static final String SETTINGS_SUFFIX = "/settings";
  static final String TELEMETRY = "/v1/m";

  private SdkRoutes() {}

  /** Every POST path that carries events, each also with a trailing slash. */
  static String[] eventPaths() {
    return Stream.of(
            SHORT_CALLS.values().stream(), SHORT_CALLS.keySet().stream(), BATCH_CALLS.stream())
        .flatMap(s -> s)
        .flatMap(call -> Stream.of("/v1/" + call, "/v1/" + call + "/"))
        .toArray(String[]::new);
  }

  /** The call type a path segment names: a long form as it is, a letter as its long form. */
  static Optional<String> callType(String segment) {
    if (SHORT_CALLS.containsValue(segment)) {
      return Optional.of(segment);
    }
    return Optional.ofNullable(SHORT_CALLS.get(segment));
  }

  /** Whether a request path (without context path) is one of the SDK routes. */
  static boolean isSdkPath(String path) {
    if (path.equals(TELEMETRY) || path.equals(TELEMETRY + "/")) {
      return true;
    }
    if (path.startsWith(SETTINGS_PREFIX) && path.endsWith(SETTINGS_SUFFIX)) {
      String key =
          path.substring(SETTINGS_PREFIX.length(), path.length() - SETTINGS_SUFFIX.length());
      return !key.isEmpty() && key.indexOf('/') < 0;
    }
    if (!path.startsWith("/v1/")) {
      return false;
    }
    String call = path.substring(4);
    if (call.endsWith("/")) {
      call = call.substring(0, call.length() - 1);
    }
    return callType(call).isPresent() || BATCH_CALLS.contains(call);
  }

  /** The write key in a settings path, or empty for any other path. */
  static Optional<String> settingsWriteKey(String path) {
    if (!path.startsWith(SETTINGS_PREFIX) || !path.endsWith(SETTINGS_SUFFIX) || !isSdkPath(path)) {
      return Optional.empty();
    }
    return Optional.of(
        path.substring(SETTINGS_PREFIX.length(), path.length() - SETTINGS_SUFFIX.length()));
  }
}
