package io.c360.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.event.CustomerEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Checks that the ground truth is what actually happens: among customers whose true probability is
 * about p, a fraction p has the label event.
 */
class GroundTruthTest {

  private static final int[] CUTOFF_DAYS = {150, 200, 270};

  private final RetailWorld world = Worlds.calibration();

  record Row(double probability, boolean happened) {}

  @Test
  void repurchaseProbabilitiesMatchTheRealisedRepurchaseRate() {
    List<Row> rows = repurchaseRows();

    assertCalibrated(rows);
  }

  @Test
  void churnProbabilitiesMatchTheRealisedCancellationRate() {
    List<Row> rows = churnRows();

    assertCalibrated(rows);
  }

  @Test
  void repurchasesWithinThirtyDaysAtARetailRate() {
    List<Row> rows = repurchaseRows();

    assertThat(rate(rows)).isBetween(0.25, 0.45);
  }

  @Test
  void churnsWithinNinetyDaysAtASubscriptionRate() {
    List<Row> rows = churnRows();

    assertThat(rate(rows)).isBetween(0.20, 0.35);
  }

  @Test
  void knowsChurnOnlyForCustomersWithAnActiveSubscription() {
    for (SyntheticCustomer c : world.customers().subList(0, 300)) {
      List<CustomerEvent> events = world.events(c.customerId());
      for (int day : CUTOFF_DAYS) {
        Instant cutoff = cutoff(day);
        double p = world.truth().churnProbability(c.customerId(), cutoff, 90);
        assertThat(Double.isNaN(p)).isEqualTo(!Labels.subscribedAt(events, cutoff));
      }
    }
  }

  @Test
  void givesTheSameProbabilityEveryTime() {
    String id = world.customers().get(7).customerId();
    Instant cutoff = cutoff(200);

    assertThat(world.truth().repurchaseProbability(id, cutoff, 30))
        .isEqualTo(world.truth().repurchaseProbability(id, cutoff, 30))
        .isBetween(0.0, 1.0);
  }

  private static List<Row> repurchaseRows;
  private static List<Row> churnRows;

  private synchronized List<Row> repurchaseRows() {
    if (repurchaseRows == null) {
      repurchaseRows = computeRepurchaseRows();
    }
    return repurchaseRows;
  }

  private synchronized List<Row> churnRows() {
    if (churnRows == null) {
      churnRows = computeChurnRows();
    }
    return churnRows;
  }

  private List<Row> computeRepurchaseRows() {
    return rows(
        (events, cutoff) -> Labels.orderedBefore(events, cutoff),
        (id, cutoff) -> world.truth().repurchaseProbability(id, cutoff, 30),
        Labels.ORDER_COMPLETED,
        30);
  }

  private List<Row> computeChurnRows() {
    return rows(
        (events, cutoff) -> Labels.subscribedAt(events, cutoff),
        (id, cutoff) -> world.truth().churnProbability(id, cutoff, 90),
        "Subscription Cancelled",
        90);
  }

  private List<Row> rows(
      BiFunction<List<CustomerEvent>, Instant, Boolean> eligible,
      BiFunction<String, Instant, Double> truth,
      String label,
      int windowDays) {
    return world.customers().parallelStream()
        .flatMap(
            c -> {
              List<CustomerEvent> events = world.events(c.customerId());
              List<Row> rows = new ArrayList<>();
              for (int day : CUTOFF_DAYS) {
                Instant cutoff = cutoff(day);
                if (eligible.apply(events, cutoff)) {
                  rows.add(
                      new Row(
                          truth.apply(c.customerId(), cutoff),
                          Labels.happened(events, label, cutoff, windowDays)));
                }
              }
              return rows.stream();
            })
        .toList();
  }

  private static void assertCalibrated(List<Row> rows) {
    int checkedBins = 0;
    for (int bin = 0; bin < 10; bin++) {
      int b = bin;
      List<Row> inBin = rows.stream().filter(r -> bin(r.probability()) == b).toList();
      if (inBin.size() < 200) {
        continue;
      }
      checkedBins++;
      double meanP = inBin.stream().mapToDouble(Row::probability).average().orElseThrow();
      assertThat(rate(inBin))
          .as(
              "realised rate among %d rows with p in [%.1f, %.1f)",
              inBin.size(), b / 10.0, (b + 1) / 10.0)
          .isCloseTo(meanP, org.assertj.core.data.Offset.offset(0.05));
    }
    assertThat(checkedBins).isGreaterThanOrEqualTo(3);
    double meanP = rows.stream().mapToDouble(Row::probability).average().orElseThrow();
    assertThat(rate(rows)).isCloseTo(meanP, org.assertj.core.data.Offset.offset(0.03));
  }

  private static int bin(double p) {
    return (int) Math.min(9, p * 10);
  }

  private static double rate(List<Row> rows) {
    return rows.stream().filter(Row::happened).count() / (double) rows.size();
  }

  private Instant cutoff(int day) {
    return world.spec().start().plus(Duration.ofDays(day));
  }
}
