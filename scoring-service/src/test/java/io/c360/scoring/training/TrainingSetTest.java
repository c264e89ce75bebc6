package io.c360.scoring.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.scoring.features.CustomerHistory;
import io.c360.scoring.features.Features;
import io.c360.scoring.features.HistoryEvent;
import io.c360.scoring.model.ModelDefinition;
import io.c360.scoring.model.ModelDefinitions;
import io.c360.scoring.model.TrainingSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TrainingSetTest {

  private static final List<CustomerHistory> HISTORIES = ToyWorld.subscribers(1500, 3);
  private static final ModelDefinition CHURN = ModelDefinitions.shipped("churn_90d");

  private static TrainingSet build(ModelDefinition definition) {
    var settings = definition.training();
    var cutoffs = Trainer.cutoffs(ToyWorld.END, definition.label().windowDays(), settings);
    var parts =
        CustomerSplit.assign(
            HISTORIES.stream().map(CustomerHistory::profileId).toList(),
            settings.validationFraction(),
            settings.testFraction(),
            settings.seed());
    return TrainingSet.build(definition, HISTORIES, cutoffs, definition.features(), parts, 2);
  }

  @Test
  void theLatestCutoffLeavesAFullLabelWindowBeforeTheDataEnd() {
    var settings = new TrainingSettings(3, 30, 0.1, 0.1, 10, 5, 1, 1, 1);

    assertThat(Trainer.cutoffs(ToyWorld.END, 90, settings))
        .containsExactly(
            ToyWorld.END.minus(Duration.ofDays(150)),
            ToyWorld.END.minus(Duration.ofDays(120)),
            ToyWorld.END.minus(Duration.ofDays(90)));
  }

  @Test
  void noCustomerIsOnTwoSidesOfTheSplit() {
    TrainingSet set = build(CHURN);

    Map<String, List<Part>> partsByCustomer =
        set.rows().stream()
            .collect(
                Collectors.groupingBy(
                    TrainingSet.Row::profileId,
                    Collectors.mapping(TrainingSet.Row::part, Collectors.toList())));
    assertThat(partsByCustomer.values())
        .allSatisfy(parts -> assertThat(parts).containsOnly(parts.getFirst()));
    Map<Part, Long> customersPerPart =
        partsByCustomer.values().stream()
            .collect(Collectors.groupingBy(List::getFirst, Collectors.counting()));
    long customers = partsByCustomer.size();
    assertThat(customersPerPart.get(Part.TEST))
        .isBetween(customers * 15 / 100, customers * 25 / 100);
    assertThat(customersPerPart.get(Part.VALIDATION))
        .isBetween(customers * 10 / 100, customers * 20 / 100);
  }

  @Test
  void labelsComeOnlyFromTheWindowAfterTheCutoff() {
    TrainingSet set = build(CHURN);
    Map<String, CustomerHistory> byId =
        HISTORIES.stream()
            .collect(Collectors.toMap(CustomerHistory::profileId, Function.identity()));

    int positives = 0;
    for (TrainingSet.Row row : set.rows()) {
      Instant cutoff = set.cutoffs().get(row.cutoff());
      Instant windowEnd = cutoff.plus(Duration.ofDays(90));
      List<HistoryEvent> events = byId.get(row.profileId()).events();
      boolean cancelledInWindow =
          events.stream()
              .anyMatch(
                  e ->
                      e.name().equals("Subscription Cancelled")
                          && !e.timestamp().isBefore(cutoff)
                          && e.timestamp().isBefore(windowEnd));
      assertThat(row.label()).isEqualTo(cancelledInWindow);
      positives += row.label() ? 1 : 0;
    }
    assertThat(positives).isPositive().isLessThan(set.rows().size());
  }

  @Test
  void rowsHoldTheFeaturesAsOfTheirCutoffAndOnlyEligibleCustomers() {
    TrainingSet set = build(CHURN);
    Map<String, CustomerHistory> byId = new HashMap<>();
    HISTORIES.forEach(h -> byId.put(h.profileId(), h));

    for (TrainingSet.Row row : set.rows().subList(0, 200)) {
      Instant cutoff = set.cutoffs().get(row.cutoff());
      CustomerHistory history = byId.get(row.profileId());
      assertThat(CHURN.population().eligible(history, cutoff)).isTrue();
      assertThat(row.values()).containsExactly(Features.compute(history, cutoff, CHURN.features()));
    }
  }
}
