package io.c360.demo;

import io.c360.common.event.CustomerEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the world's events back into the Segment messages an app would have sent: the Segment
 * fields only, without what ingest adds itself (source, receivedAt, identifiers). No {@code sentAt}
 * is sent, so ingest keeps each historical {@code timestamp} as it is.
 */
final class SegmentMessages {

  /** Share of logged-in customers who gave email consent, in percent. */
  static final int CONSENT_PERCENT = 90;

  private SegmentMessages() {}

  static Map<String, Object> of(CustomerEvent e) {
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("type", e.type().wireName());
    message.put("messageId", e.messageId());
    message.put("timestamp", e.timestamp().toString());
    putIfPresent(message, "userId", e.userId());
    putIfPresent(message, "anonymousId", e.anonymousId());
    putIfPresent(message, "previousId", e.previousId());
    putIfPresent(message, "groupId", e.groupId());
    putIfPresent(message, "event", e.event());
    putIfPresent(message, "name", e.name());
    putIfPresent(message, "traits", e.traits());
    putIfPresent(message, "properties", e.properties());
    putIfPresent(message, "context", e.context());
    return message;
  }

  /**
   * The consent the synthetic world does not model: for {@value #CONSENT_PERCENT} % of the
   * customers who logged in (chosen by a stable hash of the userId), an identify call with {@code
   * traits.consent.email = true}, dated one second after their first login, as a sign-up form would
   * send it. Its messageId is {@code consent-<userId>}, so a second run sends nothing twice.
   *
   * @param firstLogins userId to the time of its first identify call, in the order to send
   */
  static List<Map<String, Object>> consent(Map<String, Instant> firstLogins) {
    List<Map<String, Object>> messages = new ArrayList<>();
    firstLogins.forEach(
        (userId, at) -> {
          if (consents(userId)) {
            Map<String, Object> message = new LinkedHashMap<>();
            message.put("type", "identify");
            message.put("messageId", "consent-" + userId);
            message.put("timestamp", at.plusSeconds(1).toString());
            message.put("userId", userId);
            message.put("traits", Map.of("consent", Map.of("email", true)));
            messages.add(message);
          }
        });
    return messages;
  }

  /** Whether this customer gave email consent: a stable choice of {@value #CONSENT_PERCENT} %. */
  static boolean consents(String userId) {
    return Math.floorMod(userId.hashCode() * 0x9E3779B1, 100) < CONSENT_PERCENT;
  }

  private static void putIfPresent(
      Map<String, Object> map, String key, @org.jspecify.annotations.Nullable Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}
