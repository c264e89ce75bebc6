package io.c360.console.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventStatsTest {

  private static Map<String, Object> bucket(
      String source, String hour, long accepted, long duplicates, Object quarantined) {
    return Map.of(
        "source",
        source,
        "hour",
        hour,
        "accepted",
        accepted,
        "duplicates",
        duplicates,
        "quarantined",
        quarantined);
  }

  @Test
  void addsUpEachSourcesHoursWithTheQuarantinedByReason() {
    Map<String, Object> answer =
        Map.of(
            "hours",
            24,
            "buckets",
            List.of(
                bucket("web", "2026-12-03T15:00:00Z", 10, 1, Map.of("invalid-json", 2)),
                bucket(
                    "web",
                    "2026-12-03T16:00:00Z",
                    5,
                    0,
                    Map.of("invalid-json", 1, "missing-identifier", 3)),
                bucket("ios", "2026-12-03T16:00:00Z", 7, 2, Map.of())));

    EventStats stats = EventStats.parse(answer, 24);

    assertThat(stats.hours()).isEqualTo(24);
    assertThat(stats.reasons()).containsExactly("invalid-json", "missing-identifier");
    assertThat(stats.sources())
        .extracting(EventStats.SourceRow::source)
        .containsExactly("ios", "web");
    EventStats.SourceRow web = stats.sources().get(1);
    assertThat(web.accepted()).isEqualTo(15);
    assertThat(web.duplicates()).isEqualTo(1);
    assertThat(web.quarantined("invalid-json")).isEqualTo(3);
    assertThat(web.quarantined("missing-identifier")).isEqualTo(3);
    assertThat(web.quarantinedTotal()).isEqualTo(6);
    assertThat(stats.sources().getFirst().quarantined("invalid-json")).isZero();
    assertThat(stats.accepted()).isEqualTo(22);
    assertThat(stats.duplicates()).isEqualTo(3);
    assertThat(stats.quarantinedTotal()).isEqualTo(6);
  }

  @Test
  void chartsEachHourAcrossSourcesInTimeOrder() {
    Map<String, Object> answer =
        Map.of(
            "buckets",
            List.of(
                bucket("web", "2026-12-03T16:00:00Z", 5, 0, Map.of("too-large", 4)),
                bucket("ios", "2026-12-03T16:00:00Z", 7, 2, Map.of()),
                bucket("web", "2026-12-03T15:00:00Z", 10, 1, Map.of())));

    String chart = EventStats.parse(answer, 24).hourlyChart();

    assertThat(chart).contains("\"12-03 15:00\",\"12-03 16:00\"");
    assertThat(chart).contains("\"accepted\"").contains("[10.0,12.0]");
    assertThat(chart).contains("\"quarantined\"").contains("[0.0,4.0]");
  }

  @Test
  void readsQuarantineReasonsGivenAsAListAndUsesTheRequestedWindowWhenUnsaid() {
    Map<String, Object> answer =
        Map.of(
            "buckets",
            List.of(
                bucket(
                    "web",
                    "2026-12-03T16:00:00Z",
                    1,
                    0,
                    List.of(
                        Map.of("reason", "invalid-json", "count", 2),
                        Map.of("reason", "unknown-type", "count", 0)))));

    EventStats stats = EventStats.parse(answer, 24);

    assertThat(stats.hours()).isEqualTo(24);
    assertThat(stats.reasons()).containsExactly("invalid-json");
    assertThat(stats.quarantinedTotal()).isEqualTo(2);
  }

  @Test
  void anEmptyWindowHasNoSourceAndZeroTotals() {
    EventStats stats = EventStats.parse(Map.of("hours", 24, "buckets", List.of()), 24);

    assertThat(stats.sources()).isEmpty();
    assertThat(stats.accepted()).isZero();
  }
}
