package io.c360.activation.delivery;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** A messaging channel; its wire name is also the consent key that allows it. */
public enum Channel {
  EMAIL,
  SMS,
  PUSH;

  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static Channel parse(String value) {
    for (Channel channel : values()) {
      if (channel.wireName().equalsIgnoreCase(value.trim())) {
        return channel;
      }
    }
    throw new IllegalArgumentException(
        "unknown channel '" + value + "': expected email, sms or push");
  }
}
