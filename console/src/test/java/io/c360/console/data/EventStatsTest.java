package io.c360.console.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ingest-service's {@code GET /v1/events/stats} answers, as its EventStatsController gives them.
 */
class EventStatsTest {

  private static Map<String, Object> bucket(
      String source, String hour, long accepted, long duplicates, Map<String, Long> reasons) {
    Map<String, Object> bucket = new LinkedHashMap<>();
    bucket.put("hour", hour);
    bucket.put("source", source);
    bucket.put("accepted", accepted);
    bucket.put("duplicates", duplicates);
    bucket.put("quarantined", reasons.values().stream().mapToLong(Long::longValue).sum());
    bucket.put("quarantinedByReason", reasons);
    return bucket;
  }

  private static Map<String, Object> answer(List<Map<String, Object>> buckets) {
    return Map.of("hours", 24, "scope", "instance", "buckets", buckets);
  }

  @Test
  void addsUpEachSourcesHoursWithTheQuarantinedByReason() {
    EventStats stats =
        EventStats.parse(
            answer(
                List.of(
                    bucket("web", "2026-12-03T15:00:00Z", 10, 1, Map.of("invalid json", 2L)),
                    bucket(
                        "web",
                        "2026-12-03T16:00:00Z",
                        5,
                        0,
                        Map.of("invalid json", 1L, "no identifier", 3L)),
                    bucket("ios", "2026-12-03T16:00:00Z", 7, 2, Map.of()))),
            24);

    assertThat(stats.hours()).isEqualTo(24);
    assertThat(stats.perInstance()).isTrue();
    assertThat(stats.reasons()).containsExactly("invalid json", "no identifier");
    assertThat(stats.sources())
        .extracting(EventStats.SourceRow::source)
        .containsExactly("ios", "web");
    EventStats.SourceRow web = stats.sources().get(1);
    assertThat(web.accepted()).isEqualTo(15);
    assertThat(web.duplicates()).isEqualTo(1);
    assertThat(web.quarantined("invalid json")).isEqualTo(3);
    assertThat(web.quarantined("no identifier")).isEqualTo(3);
    assertThat(web.quarantinedTotal()).isEqualTo(6);
    assertThat(stats.sources().getFirst().quarantined("invalid json")).isZero();
    assertThat(stats.accepted()).isEqualTo(22);
    assertThat(stats.duplicates()).isEqualTo(3);
    assertThat(stats.quarantinedTotal()).isEqualTo(6);
  }

  @Test
  void chartsEachHourAcrossSourcesInTimeOrder() {
    String chart =
        EventStats.parse(
                answer(
                    List.of(
                        bucket("web", "2026-12-03T16:00:00Z", 5, 0, Map.of("too large", 4L)),
                        bucket("ios", "2026-12-03T16:00:00Z", 7, 2, Map.of()),
                        bucket("web", "2026-12-03T15:00:00Z", 10, 1, Map.of()))),
                24)
            .hourlyChart();

    assertThat(chart).contains("\"12-03 15:00\",\"12-03 16:00\"");
    assertThat(chart).contains("\"accepted\"").contains("[10.0,12.0]");
    assertThat(chart).contains("\"quarantined\"").contains("[0.0,4.0]");
  }

  @Test
  void countsTheQuarantinedTotalIngestGivesAndUsesTheRequestedWindowWhenUnsaid() {
    Map<String, Object> bucket = bucket("web", "2026-12-03T16:00:00Z", 1, 0, Map.of("other", 2L));
    bucket.put("quarantined", 5L);

    EventStats stats = EventStats.parse(Map.of("buckets", List.of(bucket)), 24);

    assertThat(stats.hours()).isEqualTo(24);
    assertThat(stats.perInstance()).isFalse();
    assertThat(stats.quarantinedTotal()).isEqualTo(5);
    assertThat(stats.sources().getFirst().quarantined("other")).isEqualTo(2);
  }

  @Test
  void anEmptyWindowHasNoSourceAndZeroTotals() {
    EventStats stats = EventStats.parse(answer(List.of()), 24);

    assertThat(stats.sources()).isEmpty();
    assertThat(stats.accepted()).isZero();
  }
}
