package io.c360.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.event.CustomerEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Checks that the observable part of the churn hazard (what a customer's history shows, without the
 * hidden loyalty and engagement), read off the generator's own state at each cutoff, ranks the
 * active subscribers who cancel within 90 days well above the rest, so that a retune cannot hide
 * the churn signal in latent traits again.
 */
class ChurnSignalTest {

  private static final int[] CUTOFF_DAYS = {120, 150, 180, 210, 240, 270};

  private final RetailWorld world = Worlds.calibration();

  record Row(double observable, boolean cancelled) {}

  @Test
  void observableChurnHazardPutsCancellersInTheTopDecile() {
    List<SyntheticCustomer> customers = world.customers();
    List<Row> rows =
        IntStream.range(0, customers.size())
            .parallel()
            .boxed()
            .flatMap(
                i -> {
                  List<CustomerEvent> events = world.events(customers.get(i).customerId());
                  List<Row> out = new ArrayList<>();
                  for (int day : CUTOFF_DAYS) {
                    Life life = world.replay(i, day);
                    if (life.s.subscribed) {
                      Instant cutoff = world.spec().start().plus(Duration.ofDays(day));
                      out.add(
                          new Row(
                              life.observableChurnLogit(day),
                              Labels.happened(events, "Subscription Cancelled", cutoff, 90)));
                    }
                  }
                  return out.stream();
                })
            .toList();
    double rate = rows.stream().filter(Row::cancelled).count() / (double) rows.size();
    List<Row> top =
        rows.stream()
            .sorted(Comparator.comparingDouble(Row::observable).reversed())
            .limit(rows.size() / 10)
            .toList();
    double topRate = top.stream().filter(Row::cancelled).count() / (double) top.size();

    assertThat(rows).hasSizeGreaterThan(2_000);
    assertThat(topRate / rate)
        .as("top-decile lift of the observable churn hazard")
        .isGreaterThanOrEqualTo(1.8);
  }
}
