package io.c360.console.customers;

import io.c360.console.services.Service;
import io.c360.console.services.ServiceClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a customer's timeline, newest pages reached with identity-service's cursor. The
 * filter by event type (a track event's name, or the call type: identify, page, ...) is applied to
 * the events identity-service answers, reading on until the page is full or the timeline ends.
 */
record Timeline(List<Entry> entries, @Nullable String next) {

  /** How many of identity-service's pages one console page may read to fill a filtered page. */
  static final int MAX_READS = 5;

  record Entry(
      String timestamp,
      String type,
      String name,
      String source,
      @Nullable String messageId,
      String origin) {}

  static Timeline read(
      ServiceClient services,
      String profileId,
      @Nullable String eventType,
      @Nullable String after,
      int size) {
    List<Entry> entries = new ArrayList<>();
    String cursor = after == null || after.isBlank() ? null : after;
    for (int reads = 0; reads < MAX_READS && entries.size() < size; reads++) {
      UriComponentsBuilder uri =
          UriComponentsBuilder.fromPath("/v1/profiles/{id}/timeline")
              .queryParam("limit", size - entries.size());
      if (cursor != null) {
        uri.queryParam("after", cursor);
      }
      Map<String, Object> page =
          services.get(Service.IDENTITY, uri.encode().buildAndExpand(profileId).toUriString());
      for (Object item : Views.list(page.get("events"))) {
        Entry entry = entry(item);
        if (matches(entry, eventType)) {
          entries.add(entry);
        }
      }
      cursor = page.get("next") instanceof String next ? next : null;
      if (cursor == null) {
        break;
      }
    }
    return new Timeline(entries, cursor);
  }

  private static boolean matches(Entry entry, @Nullable String eventType) {
    return eventType == null
        || eventType.isBlank()
        || eventType.equalsIgnoreCase(entry.type())
        || eventType.equalsIgnoreCase(entry.name());
  }

  private static Entry entry(Object item) {
    Map<?, ?> wrapper = item instanceof Map<?, ?> m ? m : Map.of();
    Map<?, ?> event = wrapper.get("event") instanceof Map<?, ?> e ? e : Map.of();
    String type = text(event.get("type"));
    String name = event.get("event") != null ? text(event.get("event")) : text(event.get("name"));
    return new Entry(
        text(event.get("timestamp")),
        type,
        name,
        text(event.get("source")),
        event.get("messageId") == null ? null : text(event.get("messageId")),
        text(wrapper.get("originProfileId")));
  }

  private static String text(@Nullable Object value) {
    return Objects.toString(value, "");
  }
}
