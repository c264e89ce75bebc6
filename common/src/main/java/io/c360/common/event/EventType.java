package io.c360.common.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The Segment call types; the wire name is the lower-case Segment name. */
public enum EventType {
  TRACK,
  IDENTIFY,
  PAGE,
  SCREEN,
  GROUP,
  ALIAS;

  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a wire name ({@code "track"}), or empty when it names no Segment call type. */
  public static Optional<EventType> fromWireName(String wireName) {
    return Arrays.stream(values()).filter(t -> t.wireName().equals(wireName)).findFirst();
  }

  @JsonCreator
  static EventType fromJson(String wireName) {
    return fromWireName(wireName)
        .orElseThrow(() -> new IllegalArgumentException("unknown event type: " + wireName));
  }
}
