package io.c360.common.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.c360.common.identifier.Identifier;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One customer event on {@code c360.events.v1}: the fields of the Segment spec plus C360's {@code
 * source} and normalized {@code identifiers}.
 *
 * <p>{@code traits}, {@code properties}, {@code context} and {@code integrations} are free-form in
 * the Segment spec and are carried as ordered JSON objects, so fields C360 does not know round-trip
 * unchanged (numbers keep their exact decimal value through {@link EventJson}).
 *
 * <p>{@code commerce} is the typed e-commerce part of a track event ({@link Commerce}): services
 * read order ids, amounts and products from it, never from {@code properties}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CustomerEvent(
    String messageId,
    EventType type,
    @Nullable String event,
    @Nullable String name,
    @Nullable String userId,
    @Nullable String anonymousId,
    @Nullable String previousId,
    @Nullable String groupId,
    @Nullable Map<String, Object> traits,
    @Nullable Map<String, Object> properties,
    @Nullable Map<String, Object> context,
    @Nullable Map<String, Object> integrations,
    Instant timestamp,
    @Nullable Instant originalTimestamp,
    @Nullable Instant sentAt,
    Instant receivedAt,
    String source,
    List<Identifier> identifiers,
    @Nullable Commerce commerce) {

  /**
   * {@code commerce} is the typed commerce part ingest reads from {@code properties} by {@link
   * Commerce#from}; when an event carries none (it was published before the field existed, or was
   * built without it) it is derived from {@code properties} here, so {@link #commerce()} gives the
   * same answer for old and new events.
   */
  public CustomerEvent {
    identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    traits = immutable(traits);
    properties = immutable(properties);
    context = immutable(context);
    integrations = immutable(integrations);
    if (commerce == null && type == EventType.TRACK) {
      commerce = Commerce.from(event, properties);
    }
  }

  /** An event whose commerce part is derived from its {@code properties}. */
  public CustomerEvent(
      String messageId,
      EventType type,
      @Nullable String event,
      @Nullable String name,
      @Nullable String userId,
      @Nullable String anonymousId,
      @Nullable String previousId,
      @Nullable String groupId,
      @Nullable Map<String, Object> traits,
      @Nullable Map<String, Object> properties,
      @Nullable Map<String, Object> context,
      @Nullable Map<String, Object> integrations,
      Instant timestamp,
      @Nullable Instant originalTimestamp,
      @Nullable Instant sentAt,
      Instant receivedAt,
      String source,
      List<Identifier> identifiers) {
    this(
        messageId,
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
        timestamp,
        originalTimestamp,
        sentAt,
        receivedAt,
        source,
        identifiers,
        null);
  }

  /**
   * The Kafka record key: the userId when known, else the anonymousId, else (offline records) the
   * first typed identifier, so all events of one customer land on one partition in order.
   */
  public String partitionKey() {
    if (userId != null && !userId.isBlank()) {
      return userId;
    }
    if (anonymousId != null && !anonymousId.isBlank()) {
      return anonymousId;
    }
    return identifiers.isEmpty() ? messageId : identifiers.getFirst().key();
  }

  private static @Nullable Map<String, Object> immutable(@Nullable Map<String, Object> map) {
    return map == null
        ? null
        : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(map));
  }
}
