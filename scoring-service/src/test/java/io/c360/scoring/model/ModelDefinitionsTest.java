package io.c360.scoring.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelDefinitionsTest {

  private static ModelDefinition valid() {
    return new ModelDefinition(
        "churn_90d",
        "test",
        new Population(Population.ACTIVE_SUBSCRIBER, 0),
        new Label("Subscription Cancelled", 90),
        List.of("orders_30d", "days_since_last_event"),
        new TrainingSettings(4, 30, 0.15, 0.2, 300, 20, 4, 1, 2));
  }

  @Test
  void shippedDefinitionsLoadAndAreValid() {
    for (String name : List.of("churn_90d", "repurchase_30d")) {
      ModelDefinition definition = ModelDefinitions.shipped(name);

      assertThat(definition.name()).isEqualTo(name);
      assertThat(definition.problems()).isEmpty();
    }
    assertThat(ModelDefinitions.shipped("churn_90d").label())
        .isEqualTo(new Label("Subscription Cancelled", 90));
    assertThat(ModelDefinitions.shipped("repurchase_30d").population().rule())
        .isEqualTo(Population.HAS_ORDER);
  }

  @Test
  void aValidDefinitionHasNoProblems() {
    assertThat(valid().problems()).isEmpty();
  }

  @Test
  void reportsEachProblemInWords() {
    var invalid =
        new ModelDefinition(
            "Churn 90",
            "",
            new Population("vip", -1),
            new Label("Subscription Cancelled", 0),
            List.of("orders_30d", "shoe_size"),
            new TrainingSettings(0, 0, 1.5, 0, 0, 0, 0, 1, 0));

    assertThat(invalid.problems())
        .contains(
            "name 'Churn 90' must match [a-z0-9_]{1,64}",
            "unknown features: [shoe_size]",
            "label.windowDays must be > 0",
            "training.validationFraction must be in (0, 1)",
            "training.cutoffs must be >= 1")
        .anyMatch(p -> p.startsWith("population.rule 'vip'"));
  }

  @Test
  void rejectsABlankName() {
    var blank =
        new ModelDefinition(
            " ", "", valid().population(), valid().label(), valid().features(), valid().training());

    assertThat(blank.problems()).contains("name is blank");
  }

  @Test
  void rejectsYamlWithUnknownFields() {
    var yaml = "name: x\nflavour: vanilla\n".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> ModelDefinitions.read(new ByteArrayInputStream(yaml)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("flavour");
  }
}
