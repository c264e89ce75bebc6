package io.c360.scoring.model;

import io.c360.scoring.features.Features;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A model as a definition, not code: the eligible population at a cutoff, the label (an event in a
 * window after the cutoff), the features, and the training settings.
 */
public record ModelDefinition(
    String name,
    String description,
    Population population,
    Label label,
    List<String> features,
    TrainingSettings training) {

  private static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,64}");

  public ModelDefinition {
    features = features == null ? List.of() : List.copyOf(features);
  }

  /** Human-readable validation problems; empty when the definition is valid. */
  @SuppressWarnings("ConstantValue") // records read from YAML may carry nulls despite @NullMarked
  public List<String> problems() {
    var problems = new ArrayList<String>();
    if (name == null || name.isBlank()) {
      problems.add("name is blank");
    } else if (!NAME.matcher(name).matches()) {
      problems.add("name '" + name + "' must match [a-z0-9_]{1,64}");
    }
    if (population == null) {
      problems.add("population is missing");
    } else {
      if (population.rule() == null || !Population.RULES.contains(population.rule())) {
        problems.add(
            "population.rule '" + population.rule() + "' must be one of " + Population.RULES);
      }
      if (population.minTenureDays() < 0) {
        problems.add("population.minTenureDays must be >= 0");
      }
    }
    if (label == null) {
      problems.add("label is missing");
    } else {
      if (label.event() == null || label.event().isBlank()) {
        problems.add("label.event is blank");
      }
      if (label.windowDays() <= 0) {
        problems.add("label.windowDays must be > 0");
      }
    }
    if (features.isEmpty()) {
      problems.add("features is empty");
    } else {
      List<String> unknown = Features.unknown(features);
      if (!unknown.isEmpty()) {
        problems.add("unknown features: " + unknown);
      }
      if (new HashSet<>(features).size() != features.size()) {
        problems.add("features contains duplicates");
      }
    }
    if (training == null) {
      problems.add("training is missing");
    } else {
      trainingProblems(training, problems);
    }
    return List.copyOf(problems);
  }

  private static void trainingProblems(TrainingSettings t, List<String> problems) {
    if (t.cutoffs() < 1) {
      problems.add("training.cutoffs must be >= 1");
    }
    if (t.cutoffSpacingDays() <= 0) {
      problems.add("training.cutoffSpacingDays must be > 0");
    }
    if (!(t.validationFraction() > 0 && t.validationFraction() < 1)) {
      problems.add("training.validationFraction must be in (0, 1)");
    }
    if (!(t.testFraction() > 0 && t.testFraction() < 1)) {
      problems.add("training.testFraction must be in (0, 1)");
    }
    if (!(t.validationFraction() + t.testFraction() < 0.9)) {
      problems.add("training.validationFraction + testFraction must be < 0.9");
    }
    if (t.maxRounds() < 1) {
      problems.add("training.maxRounds must be >= 1");
    }
    if (t.earlyStoppingRounds() < 1) {
      problems.add("training.earlyStoppingRounds must be >= 1");
    }
    if (t.searchCandidates() < 1) {
      problems.add("training.searchCandidates must be >= 1");
    }
    if (t.threads() < 1) {
      problems.add("training.threads must be >= 1");
    }
  }
}
