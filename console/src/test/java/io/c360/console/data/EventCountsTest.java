package io.c360.console.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventCountsTest {

  @Test
  void readsIngestsCounterBySourceTypeAndOutcome() {
    String metrics =
        """
        # HELP c360_ingest_events_total Messages received by the Tracking API, by outcome
        # TYPE c360_ingest_events_total counter
        c360_ingest_events_total{outcome="accepted",source="web",type="track"} 12.0
        c360_ingest_events_total{outcome="duplicate",source="web",type="track"} 3.0
        c360_ingest_events_total{outcome="rejected",source="ios",type="identify"} 1.0
        c360_ingest_events_total{outcome="accepted",source="ios",type="identify"} 4.0
        jvm_threads_live_threads 30.0
        """;
    EventCounts counts = EventCounts.parse(metrics);
    assertThat(counts.rows())
        .containsExactly(
            new EventCounts.Row("ios", "identify", "accepted", 4),
            new EventCounts.Row("ios", "identify", "rejected", 1),
            new EventCounts.Row("web", "track", "accepted", 12),
            new EventCounts.Row("web", "track", "duplicate", 3));
    assertThat(counts.total("accepted")).isEqualTo(16);
    assertThat(counts.total("rejected")).isEqualTo(1);
  }
}
