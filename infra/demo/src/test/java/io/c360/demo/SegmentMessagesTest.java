package io.c360.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.event.CustomerEvent;
import io.c360.synthetic.RetailWorld;
import io.c360.synthetic.WorldSpec;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SegmentMessagesTest {

  private final RetailWorld world =
      RetailWorld.generate(new WorldSpec(5, 20, 30, Instant.parse("2025-01-01T00:00:00Z"), 120));

  @Test
  void keepsTheSegmentFieldsAndLeavesWhatIngestAddsToIngest() {
    CustomerEvent identify =
        world
            .eventStream()
            .filter(e -> e.type().wireName().equals("identify"))
            .findFirst()
            .orElseThrow();

    Map<String, Object> message = SegmentMessages.of(identify);

    assertThat(message)
        .containsEntry("type", "identify")
        .containsEntry("messageId", identify.messageId())
        .containsEntry("timestamp", identify.timestamp().toString())
        .containsEntry("userId", identify.userId())
        .containsEntry("anonymousId", identify.anonymousId())
        .containsEntry("traits", identify.traits())
        .containsEntry("context", identify.context())
        .doesNotContainKeys("sentAt", "receivedAt", "source", "identifiers", "event");
  }

  @Test
  void tracksCarryTheirEventNameAndProperties() {
    CustomerEvent viewed =
        world
            .eventStream()
            .filter(e -> "Product Viewed".equals(e.event()))
            .findFirst()
            .orElseThrow();

    assertThat(SegmentMessages.of(viewed))
        .containsEntry("type", "track")
        .containsEntry("event", "Product Viewed")
        .containsEntry("properties", viewed.properties());
  }

  @Test
  void consentGoesToAStableNinetyPercentJustAfterTheFirstLogin() {
    Map<String, Instant> logins = new LinkedHashMap<>();
    for (int i = 0; i < 1000; i++) {
      logins.put("u_" + i, Instant.parse("2025-03-01T10:00:00Z"));
    }

    List<Map<String, Object>> messages = SegmentMessages.consent(logins);

    assertThat(messages.size()).isBetween(850, 950);
    assertThat(SegmentMessages.consent(logins)).isEqualTo(messages);
    assertThat(messages.getFirst())
        .containsEntry("type", "identify")
        .containsEntry("timestamp", "2025-03-01T10:00:01Z")
        .containsEntry("traits", Map.of("consent", Map.of("email", true)));
    assertThat((String) messages.getFirst().get("messageId"))
        .isEqualTo("consent-" + messages.getFirst().get("userId"));
  }
}
