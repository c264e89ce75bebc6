package io.c360.activation.campaign;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What happened to one campaign member. Every state but {@code assigned} and {@code sending} is
 * final; {@code sending} after a crash means "send again with the same messageId".
 */
public enum MemberState {
  ASSIGNED(false),
  SENDING(false),
  SENT(true),
  FAILED(true),
  HELD_OUT(true),
  SUPPRESSED_CONSENT(true),
  SUPPRESSED_CAP(true),
  SUPPRESSED_ERASED(true),
  SUPPRESSED_NO_ADDRESS(true);

  private final boolean done;

  MemberState(boolean done) {
    this.done = done;
  }

  public boolean done() {
    return done;
  }

  public boolean suppressed() {
    return name().startsWith("SUPPRESSED_");
  }

  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
