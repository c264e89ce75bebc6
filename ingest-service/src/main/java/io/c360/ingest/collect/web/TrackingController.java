package io.c360.ingest.collect.web;

import io.c360.common.event.EventType;
import io.c360.common.json.EventJson;
import io.c360.ingest.collect.CollectProperties;
import io.c360.ingest.collect.CollectService;
import io.c360.ingest.collect.MessageValidator;
import io.c360.ingest.collect.Rejection;
import io.c360.platform.problem.ApiProblem;
import io.c360.platform.security.WriteKeys;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Segment's HTTP Tracking API. SDKs authenticate with HTTP Basic, the write key as user name (or a
 * {@code writeKey} member in the body); the key names the source.
 */
@RestController
@RequestMapping("/v1")
@Tag(name = "Tracking API", description = "Segment-compatible event collection")
class TrackingController {

  /** The body member older SDKs send the write key in; never stored or forwarded. */
  private static final String WRITE_KEY = "writeKey";

  private final CollectService collect;
  private final WriteKeys writeKeys;
  private final CollectProperties limits;
  private final BrowserOrigins origins;
  private final InFlightLimit inFlight;
  private final JsonMapper json;
  private final Clock clock;

  TrackingController(
      CollectService collect,
      WriteKeys writeKeys,
      CollectProperties limits,
      BrowserOrigins origins,
      InFlightLimit inFlight,
      Clock clock) {
    this.collect = collect;
    this.writeKeys = writeKeys;
    this.limits = limits;
    this.origins = origins;
    this.inFlight = inFlight;
    this.json = EventJson.mapper();
    this.clock = clock;
  }

  /** The answer to a call: Segment's {@code success}, plus what C360 did with each message. */
  record CollectResponse(boolean success, int accepted, int duplicates, List<Rejection> rejected) {}

  @Operation(
      summary = "Send one track, identify, page, screen, group or alias call",
      description =
          "/v1/t, /v1/i, /v1/p, /v1/s, /v1/g and /v1/a are the same calls under the names"
              + " Segment's browser SDK (analytics.js) posts to, usually as text/plain.")
  @PostMapping({
    "/{type:track|identify|page|screen|group|alias|t|i|p|s|g|a}",
    "/{type:track|identify|page|screen|group|alias|t|i|p|s|g|a}/"
  })
  CollectResponse single(@PathVariable String type, HttpServletRequest request) {
    try (var permit = inFlight.acquire()) {
      return collectSingle(SdkRoutes.callType(type).orElseThrow(), request);
    }
  }

  private CollectResponse collectSingle(String type, HttpServletRequest request) {
    EventType callType = EventType.fromWireName(type).orElseThrow();
    Instant receivedAt = clock.instant();
    String headerKey = authenticateHeader(request);
    byte[] body = readJson(request, limits.maxMessageBytes(), "per message (32 KB)");
    JsonNode message = parse(body);
    if (!message.isObject()) {
      throw new ApiProblem(HttpStatus.BAD_REQUEST, "the body must be a JSON object");
    }
    String source = source(headerKey, message, request);
    ((ObjectNode) message).remove(WRITE_KEY);
    var outcome =
        collect.collect(
            List.of(new CollectService.Message(0, message, body.length)),
            new MessageValidator.Envelope(source, receivedAt, null, callType));
    if (!outcome.rejected().isEmpty()) {
      Rejection rejection = outcome.rejected().getFirst();
      throw new ApiProblem(
          HttpStatus.BAD_REQUEST,
          "the " + type + " call is not valid: " + String.join("; ", rejection.reasons()),
          Map.of("rejected", outcome.rejected()));
    }
    return new CollectResponse(true, outcome.accepted(), outcome.duplicates(), List.of());
  }

  @Operation(
      summary = "Send up to 2,500 messages (500 KB) at once",
      description =
          "Valid messages are kept even when siblings are rejected; the answer lists each"
              + " rejected message with its reasons. /v1/import is Segment's alias of /v1/batch"
              + " and /v1/b the path the browser, iOS and Android SDKs upload batches to; a"
              + " trailing slash is accepted, as the Segment Java SDK sends one.")
  @PostMapping({"/batch", "/import", "/b", "/batch/", "/import/", "/b/"})
  CollectResponse batch(HttpServletRequest request) {
    try (var permit = inFlight.acquire()) {
      return collectBatch(request);
    }
  }

  private CollectResponse collectBatch(HttpServletRequest request) {
    Instant receivedAt = clock.instant();
    String headerKey = authenticateHeader(request);
    byte[] body = readJson(request, limits.maxBatchBytes(), "per batch (500 KB)");
    BatchBody batch = BatchBody.parse(json, body, limits.maxBatchMessages());
    String source = source(headerKey, batch.envelope(), request);
    if (!batch.hasBatch()) {
      throw new ApiProblem(HttpStatus.BAD_REQUEST, "batch must be an array of messages");
    }
    if (batch.messages().isEmpty()) {
      throw new ApiProblem(HttpStatus.BAD_REQUEST, "batch must hold at least one message");
    }
    Instant sentAt = batchSentAt(batch.envelope());
    JsonNode batchContext = batch.envelope().get("context");
    List<CollectService.Message> messages = new ArrayList<>(batch.messages().size());
    for (int i = 0; i < batch.messages().size(); i++) {
      JsonNode message = batch.messages().get(i);
      if (message instanceof ObjectNode m) {
        m.remove(WRITE_KEY);
      }
      inheritContext(message, batchContext);
      messages.add(new CollectService.Message(i, message, batch.sizes().get(i)));
    }
    var outcome =
        collect.collect(messages, new MessageValidator.Envelope(source, receivedAt, sentAt, null));
    if (outcome.accepted() + outcome.duplicates() == 0) {
      throw new ApiProblem(
          HttpStatus.BAD_REQUEST,
          "no message of the batch is valid; see rejected for each message's reasons",
          Map.of("rejected", outcome.rejected()));
    }
    return new CollectResponse(true, outcome.accepted(), outcome.duplicates(), outcome.rejected());
  }

  private @Nullable String authenticateHeader(HttpServletRequest request) {
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (authorization == null) {
      return null;
    }
    String key =
        WriteKeys.fromBasicHeader(authorization)
            .orElseThrow(
                () ->
                    new ApiProblem(
                        HttpStatus.UNAUTHORIZED,
                        "send the write key as HTTP Basic user name, as Segment SDKs do"));
    if (writeKeys.sourceFor(key).isEmpty()) {
      throw new ApiProblem(HttpStatus.UNAUTHORIZED, "the write key is not valid for any source");
    }
    return key;
  }

  /** The source the write key names, refused when a page of a foreign origin uses the key. */
  private String source(@Nullable String headerKey, JsonNode body, HttpServletRequest request) {
    String source = source(headerKey, body);
    origins.requireAllowed(source, request.getHeader(HttpHeaders.ORIGIN));
    return source;
  }

  private String source(@Nullable String headerKey, JsonNode body) {
    String key = headerKey;
    if (key == null) {
      JsonNode bodyKey = body.get(WRITE_KEY);
      key = bodyKey != null && bodyKey.isString() ? bodyKey.stringValue() : null;
    }
    if (key == null) {
      throw new ApiProblem(
          HttpStatus.UNAUTHORIZED,
          "a write key is required: HTTP Basic with the write key as user name");
    }
    return writeKeys
        .sourceFor(key)
        .orElseThrow(
            () ->
                new ApiProblem(
                    HttpStatus.UNAUTHORIZED, "the write key is not valid for any source"));
  }

  private static byte[] readJson(HttpServletRequest request, int limit, String limitName) {
    String contentType = request.getContentType();
    if (contentType == null || !isJsonOrText(contentType)) {
      throw new ApiProblem(
          HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          "Content-Type must be application/json (was "
              + (contentType == null ? "absent" : "'" + contentType + "'")
              + ")");
    }
    return RequestBodies.read(request, limit, limitName);
  }

  /** application/json, or text/plain as analytics.js sends from browsers to avoid preflight. */
  private static boolean isJsonOrText(String contentType) {
    try {
      MediaType type = MediaType.parseMediaType(contentType);
      return MediaType.APPLICATION_JSON.isCompatibleWith(type)
          || MediaType.TEXT_PLAIN.isCompatibleWith(type);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private JsonNode parse(byte[] body) {
    try {
      return json.readTree(body);
    } catch (JacksonException e) {
      throw new ApiProblem(
          HttpStatus.BAD_REQUEST, "the body is not valid JSON: " + e.getOriginalMessage());
    }
  }

  private static @Nullable Instant batchSentAt(JsonNode root) {
    JsonNode sentAt = root.get("sentAt");
    if (sentAt == null || sentAt.isNull()) {
      return null;
    }
    List<String> reasons = new ArrayList<>(1);
    Instant parsed =
        sentAt.isString()
            ? MessageValidator.parseInstant(sentAt.stringValue(), "sentAt", reasons)
            : null;
    if (parsed == null) {
      throw new ApiProblem(
          HttpStatus.BAD_REQUEST,
          "the batch's "
              + (reasons.isEmpty()
                  ? "sentAt must be an ISO-8601 date-time string"
                  : reasons.getFirst()));
    }
    return parsed;
  }

  /** A batch-level context (library, ...) applies to each message that does not say otherwise. */
  private static void inheritContext(JsonNode message, @Nullable JsonNode batchContext) {
    if (batchContext == null || !batchContext.isObject() || !(message instanceof ObjectNode m)) {
      return;
    }
    JsonNode own = m.get("context");
    if (own == null || own.isNull()) {
      m.set("context", batchContext.deepCopy());
    } else if (own instanceof ObjectNode ownContext) {
      batchContext
          .properties()
          .forEach(
              e -> {
                if (!ownContext.has(e.getKey())) {
                  ownContext.set(e.getKey(), e.getValue().deepCopy());
                }
              });
    }
  }
}
