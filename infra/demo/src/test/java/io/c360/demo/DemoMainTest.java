package io.c360.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DemoMainTest {

  @Test
  void summaryCountsEventsBySourceAndQuarantinedRecords() {
    List<TopicPrinter.Row> rows =
        List.of(
            row("c360.events.v1", "demo-web"),
            row("c360.events.v1", "demo-web"),
            row("c360.events.v1", "pos"),
            row("c360.events.v1", "ios"),
            row("c360.quarantine.v1", "pos-sales"));

    assertThat(DemoMain.summary(rows, "c360.events.v1", "c360.quarantine.v1"))
        .isEqualTo(
            "2 events from source demo-web (Segment client), 1 from pos, 1 from ios;"
                + " 1 quarantined.");
  }

  @Test
  void everyCustomerJourneyHasTheEightSegmentCalls() {
    var journey = SegmentSender.journey(SampleCustomer.ann(), "anon-1");

    assertThat(journey.stream().map(m -> m.build().type().name()))
        .containsExactly("page", "screen", "track", "track", "identify", "alias", "group", "track");
  }

  private static TopicPrinter.Row row(String topic, String source) {
    return new TopicPrinter.Row(topic, 0, 0, "k", "track", "e", source, "m");
  }
}
