package io.c360.scoring.history.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.scoring.features.HistoryEvent;
import io.c360.scoring.history.HistoryEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryItemsTest {

  private static final Instant AT = Instant.parse("2026-03-01T10:15:30.123Z");

  @Test
  void keepsWhatFeaturesReadThroughTheItem() {
    HistoryEvent order = new HistoryEvent(AT, "Order Completed", "pos", "Shoes", 89.5, 10, null);
    HistoryEvent ticket = new HistoryEvent(AT, "Support Ticket Closed", "support", null, 0, 0, 2.0);

    assertThat(HistoryItems.event(HistoryItems.item(new HistoryEntry("p1", "m1", order))))
        .isEqualTo(order);
    assertThat(HistoryItems.event(HistoryItems.item(new HistoryEntry("p1", "m2", ticket))))
        .isEqualTo(ticket);
  }

  @Test
  void storesNoAttributeForEmptyValues() {
    HistoryEvent page = new HistoryEvent(AT, "page", "web", null, 0, 0, null);

    assertThat(HistoryItems.item(new HistoryEntry("p1", "m1", page)).keySet())
        .containsExactlyInAnyOrder("profileId", "entryKey", "name", "source");
  }

  @Test
  void sortsEntryKeysInTimeOrder() {
    List<String> keys = new ArrayList<>();
    List<Instant> times =
        List.of(
            Instant.parse("2001-09-09T01:46:39.999Z"),
            Instant.parse("2001-09-09T01:46:40Z"),
            AT,
            AT.plusMillis(1),
            Instant.parse("2030-01-01T00:00:00Z"));
    for (Instant t : times) {
      keys.add(HistoryItems.entryKey(t, "z-message"));
    }
    List<String> shuffled = new ArrayList<>(keys);
    Collections.reverse(shuffled);
    Collections.sort(shuffled);

    assertThat(shuffled).containsExactlyElementsOf(keys);
  }

  @Test
  void keysAnEventByItsTimeAndMessageIdSoARedeliveryOverwritesIt() {
    HistoryEvent page = new HistoryEvent(AT, "page", "web", null, 0, 0, null);

    assertThat(HistoryItems.item(new HistoryEntry("p1", "m1", page)).get("entryKey"))
        .isEqualTo(HistoryItems.item(new HistoryEntry("p1", "m1", page)).get("entryKey"))
        .isNotEqualTo(HistoryItems.item(new HistoryEntry("p1", "m2", page)).get("entryKey"));
  }
}
