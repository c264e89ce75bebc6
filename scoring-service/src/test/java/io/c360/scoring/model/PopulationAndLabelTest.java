package io.c360.scoring.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.scoring.features.CustomerHistory;
import io.c360.scoring.features.HistoryEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PopulationAndLabelTest {

  private static final Instant CUTOFF = Instant.parse("2025-01-01T00:00:00Z");

  private static HistoryEvent event(long daysAfterCutoff, String name) {
    return new HistoryEvent(
        CUTOFF.plus(Duration.ofDays(daysAfterCutoff)), name, "web", null, 0, 0, null);
  }

  private static CustomerHistory history(HistoryEvent... events) {
    return new CustomerHistory("p", List.of(events));
  }

  @Test
  void activeSubscribersAreThoseWhoseLatestSubscriptionEventBeforeTheCutoffIsNotACancellation() {
    var rule = new Population(Population.ACTIVE_SUBSCRIBER, 0);

    assertThat(rule.eligible(history(event(-100, "Subscription Started")), CUTOFF)).isTrue();
    assertThat(
            rule.eligible(
                history(event(-100, "Subscription Started"), event(-1, "Subscription Cancelled")),
                CUTOFF))
        .isFalse();
    assertThat(
            rule.eligible(
                history(event(-100, "Subscription Started"), event(0, "Subscription Cancelled")),
                CUTOFF))
        .isTrue();
    assertThat(rule.eligible(history(event(0, "Subscription Started")), CUTOFF)).isFalse();
  }

  @Test
  void hasOrderNeedsAnOrderBeforeTheCutoffAndTenureCounts() {
    var customer = history(event(-40, "page"), event(-10, "Order Completed"));

    assertThat(new Population(Population.HAS_ORDER, 0).eligible(customer, CUTOFF)).isTrue();
    assertThat(
            new Population(Population.HAS_ORDER, 0)
                .eligible(customer, CUTOFF.minus(Duration.ofDays(20))))
        .isFalse();
    assertThat(new Population(Population.ANY, 30).eligible(customer, CUTOFF)).isTrue();
    assertThat(new Population(Population.ANY, 41).eligible(customer, CUTOFF)).isFalse();
  }

  @Test
  void labelCountsOnlyTheWindowFromTheCutoff() {
    var label = new Label("Subscription Cancelled", 90);

    assertThat(label.positive(history(event(0, "Subscription Cancelled")), CUTOFF)).isTrue();
    assertThat(label.positive(history(event(89, "Subscription Cancelled")), CUTOFF)).isTrue();
    assertThat(label.positive(history(event(90, "Subscription Cancelled")), CUTOFF)).isFalse();
    assertThat(label.positive(history(event(-1, "Subscription Cancelled")), CUTOFF)).isFalse();
    assertThat(label.positive(history(event(10, "Order Completed")), CUTOFF)).isFalse();
  }
}
