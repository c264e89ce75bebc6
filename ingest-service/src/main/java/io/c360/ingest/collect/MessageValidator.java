package io.c360.ingest.collect;

import io.c360.common.event.Commerce;
import io.c360.common.event.CustomerEvent;
import io.c360.common.event.EventType;
import io.c360.common.identifier.Identifier;
import io.c360.common.identifier.IdentifierNormalizer;
import io.c360.common.identifier.IdentifierType;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks one Segment message against the spec's rules and turns it into a {@link CustomerEvent}
 * with normalized identifiers, or says every reason it cannot.
 */
public final class MessageValidator {

  private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};
  private static final int MAX_ID_LENGTH = 256;

  private final JsonMapper json;
  private final IdentifierNormalizer normalizer;
  private final int maxMessageBytes;

  public MessageValidator(JsonMapper json, IdentifierNormalizer normalizer, int maxMessageBytes) {
    this.json = json;
    this.normalizer = normalizer;
    this.maxMessageBytes = maxMessageBytes;
  }

  /** What the request around the message says: batch-level sentAt and the receiving source. */
  public record Envelope(
      String source,
      Instant receivedAt,
      @Nullable Instant batchSentAt,
      @Nullable EventType callType) {}

  /** The outcome for one message. */
  public sealed interface Result permits Accepted, Rejected {}

  public record Accepted(CustomerEvent event) implements Result {}

  public record Rejected(Rejection rejection) implements Result {}

  /**
   * Validates one message.
   *
   * @param index the message's position in its batch
   * @param message the parsed message
   * @param envelope what the request says around it
   * @param sizeBytes the message's serialized size, or -1 to have it measured here
   */
  public Result validate(int index, JsonNode message, Envelope envelope, int sizeBytes) {
    if (!message.isObject()) {
      return rejected(index, null, List.of("a message must be a JSON object"));
    }
    List<String> reasons = new ArrayList<>();
    String messageId = text(message, "messageId", reasons);
    int size = sizeBytes >= 0 ? sizeBytes : json.writeValueAsBytes(message).length;
    if (size > maxMessageBytes) {
      reasons.add(
          "the message is "
              + size
              + " bytes; the limit is "
              + maxMessageBytes
              + " bytes (32 KB) per message");
    }
    if (messageId != null && messageId.length() > MAX_ID_LENGTH) {
      reasons.add("messageId is longer than " + MAX_ID_LENGTH + " characters");
    }

    EventType type = envelope.callType();
    String declaredType = text(message, "type", reasons);
    if (type == null) {
      if (declaredType == null) {
        reasons.add("type is required in a batch (track, identify, page, screen, group or alias)");
      } else {
        type = EventType.fromWireName(declaredType).orElse(null);
        if (type == null) {
          reasons.add(
              "type '"
                  + declaredType
                  + "' is not a Segment call type (track, identify, page, screen, group, alias)");
        }
      }
    }

    String userId = id(message, "userId", reasons);
    String anonymousId = id(message, "anonymousId", reasons);
    if (userId == null && anonymousId == null) {
      reasons.add("userId or anonymousId is required");
    }
    String event = text(message, "event", reasons);
    String previousId = id(message, "previousId", reasons);
    String groupId = id(message, "groupId", reasons);
    String name = text(message, "name", reasons);
    if (type == EventType.TRACK && (event == null || event.isBlank())) {
      reasons.add("event is required for a track call");
    }
    if (type == EventType.ALIAS && previousId == null) {
      reasons.add("previousId is required for an alias call");
    }
    if (type == EventType.ALIAS && userId == null) {
      reasons.add("userId is required for an alias call");
    }
    if (type == EventType.GROUP && groupId == null) {
      reasons.add("groupId is required for a group call");
    }

    Map<String, Object> traits = object(message, "traits", reasons);
    Map<String, Object> properties = object(message, "properties", reasons);
    Map<String, Object> context = object(message, "context", reasons);
    Map<String, Object> integrations = object(message, "integrations", reasons);

    Instant timestamp = instant(message, "timestamp", reasons);
    Instant originalTimestamp = instant(message, "originalTimestamp", reasons);
    Instant sentAt = instant(message, "sentAt", reasons);

    if (!reasons.isEmpty() || type == null) {
      return rejected(index, messageId, reasons);
    }

    Instant receivedAt = envelope.receivedAt();
    Instant deviceTime = originalTimestamp != null ? originalTimestamp : timestamp;
    Instant effectiveSentAt = sentAt != null ? sentAt : envelope.batchSentAt();
    Instant corrected = correctedTimestamp(deviceTime, effectiveSentAt, receivedAt);

    CustomerEvent customerEvent =
        new CustomerEvent(
            messageId == null ? UUID.randomUUID().toString() : messageId,
            type,
            event,
            name,
            userId,
            anonymousId,
            previousId,
            groupId,
            traits,
            properties,
            context,
            integrations,
            corrected,
            deviceTime,
            effectiveSentAt,
            receivedAt,
            envelope.source(),
            identifiers(userId, anonymousId, traits, context),
            type == EventType.TRACK ? Commerce.from(event, properties) : null);
    return new Accepted(customerEvent);
  }

  /**
   * Segment's rule: the device clock may be wrong, but the gap between when the device made the
   * call and when it sent it is right, so {@code timestamp = receivedAt - (sentAt -
   * originalTimestamp)}. Without sentAt the device time is taken as is; without either, receivedAt.
   */
  static Instant correctedTimestamp(
      @Nullable Instant deviceTime, @Nullable Instant sentAt, Instant receivedAt) {
    if (deviceTime == null) {
      return receivedAt;
    }
    if (sentAt == null) {
      return deviceTime;
    }
    return receivedAt.minus(Duration.between(deviceTime, sentAt));
  }

  private List<Identifier> identifiers(
      @Nullable String userId,
      @Nullable String anonymousId,
      @Nullable Map<String, Object> traits,
      @Nullable Map<String, Object> context) {
    Set<Identifier> found = new LinkedHashSet<>();
    add(found, IdentifierType.USER_ID, userId);
    add(found, IdentifierType.ANONYMOUS_ID, anonymousId);
    List<Map<String, Object>> traitSources = new ArrayList<>(2);
    if (traits != null) {
      traitSources.add(traits);
    }
    if (context != null && context.get("traits") instanceof Map<?, ?> contextTraits) {
      traitSources.add(cast(contextTraits));
    }
    for (Map<String, Object> t : traitSources) {
      add(found, IdentifierType.EMAIL, t.get("email"));
      add(found, IdentifierType.PHONE, t.get("phone"));
      add(found, IdentifierType.LOYALTY_ID, first(t, "loyaltyId", "loyalty_id"));
    }
    if (context != null && context.get("device") instanceof Map<?, ?> device) {
      add(found, IdentifierType.DEVICE_ID, device.get("id"));
    }
    return List.copyOf(found);
  }

  private void add(Set<Identifier> found, IdentifierType type, @Nullable Object raw) {
    if (raw instanceof String || raw instanceof Number) {
      normalizer.normalize(type, raw.toString()).ifPresent(found::add);
    }
  }

  private static @Nullable Object first(Map<String, Object> map, String a, String b) {
    Object value = map.get(a);
    return value != null ? value : map.get(b);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Map<?, ?> map) {
    return (Map<String, Object>) map;
  }

  private static Rejected rejected(int index, @Nullable String messageId, List<String> reasons) {
    return new Rejected(new Rejection(index, messageId, reasons));
  }

  private static @Nullable String text(JsonNode message, String field, List<String> reasons) {
    JsonNode node = message.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isString()) {
      reasons.add(field + " must be a string");
      return null;
    }
    return node.stringValue();
  }

  /** Ids may be strings or numbers, as Segment accepts; blank and placeholder values are absent. */
  private @Nullable String id(JsonNode message, String field, List<String> reasons) {
    JsonNode node = message.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    String value;
    if (node.isString()) {
      value = node.stringValue().trim();
    } else if (node.isIntegralNumber()) {
      value = node.asString();
    } else {
      reasons.add(field + " must be a string or a number");
      return null;
    }
    if (value.isEmpty()) {
      return null;
    }
    if (value.length() > MAX_ID_LENGTH) {
      reasons.add(field + " is longer than " + MAX_ID_LENGTH + " characters");
      return null;
    }
    if (normalizer.isBlocked(value)) {
      reasons.add(field + " '" + value + "' is a placeholder, not an id");
      return null;
    }
    return value;
  }

  private @Nullable Map<String, Object> object(
      JsonNode message, String field, List<String> reasons) {
    JsonNode node = message.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isObject()) {
      reasons.add(field + " must be a JSON object");
      return null;
    }
    return json.convertValue(node, OBJECT);
  }

  private static @Nullable Instant instant(JsonNode message, String field, List<String> reasons) {
    JsonNode node = message.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isString()) {
      reasons.add(field + " must be an ISO-8601 date-time string");
      return null;
    }
    return parseInstant(node.stringValue(), field, reasons);
  }

  /**
   * Parses an ISO-8601 date-time with an offset, or adds a reason naming the field and returns
   * null.
   */
  public static @Nullable Instant parseInstant(String value, String field, List<String> reasons) {
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(value);
      } catch (DateTimeParseException again) {
        reasons.add(field + " '" + value + "' is not an ISO-8601 date-time with an offset");
        return null;
      }
    }
  }
}
