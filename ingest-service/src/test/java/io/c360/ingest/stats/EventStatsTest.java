package io.c360.ingest.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.ingest.support.LeaseClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventStatsTest {

  private final LeaseClock clock = new LeaseClock(Instant.parse("2026-12-01T10:15:00Z"));
  private final EventStats stats = new EventStats(clock);

  @Test
  void bucketsCountsByHourAndSourceAndGroupsReasonsWithoutTheirValues() {
    stats.accepted("pos", 3);
    stats.quarantined("pos", List.of("quantity 'two' is not a whole number"));
    clock.advance(Duration.ofHours(1));
    stats.accepted("pos", 1);
    stats.duplicates("web", 2);
    stats.quarantined("pos", List.of("quantity 'x' is not a whole number", "sku is required"));

    var buckets = stats.lastHours(24);

    assertThat(buckets)
        .extracting(b -> b.hour() + " " + b.source() + " " + b.accepted() + "/" + b.duplicates())
        .containsExactly(
            "2026-12-01T10:00:00Z pos 3/0",
            "2026-12-01T11:00:00Z pos 1/0",
            "2026-12-01T11:00:00Z web 0/2");
    assertThat(buckets.get(1).quarantinedByReason())
        .containsExactly(java.util.Map.entry("quantity is not a whole number", 1L));
    assertThat(stats.lastHours(1)).hasSize(2);
  }

  @Test
  void forgetsHoursOlderThanAWeek() {
    stats.accepted("web", 5);
    clock.advance(Duration.ofHours(EventStats.MAX_HOURS + 1));
    stats.accepted("web", 1);

    assertThat(stats.lastHours(EventStats.MAX_HOURS))
        .extracting(EventStats.Bucket::accepted)
        .containsExactly(1L);
  }

  @Test
  void keepsAtMostFiftyReasonsPerHourAndCountsTheRestAsOther() {
    for (int i = 0; i < EventStats.MAX_REASONS + 5; i++) {
      stats.quarantined("web", List.of("reason number " + i));
    }

    var reasons = stats.lastHours(1).getFirst().quarantinedByReason();
    assertThat(reasons).hasSize(EventStats.MAX_REASONS + 1).containsEntry("other", 5L);
  }
}
