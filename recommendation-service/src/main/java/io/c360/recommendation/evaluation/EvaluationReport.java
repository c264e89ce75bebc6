package io.c360.recommendation.evaluation;

import java.time.Instant;
import java.util.List;

/**
 * What one evaluation measured.
 *
 * @param dataEnd the end of the data (just after its last interaction) or the requested end
 * @param split {@code T}: the models learn from everything before it
 * @param testEnd the end of the test window {@code [T, T + testDays)}
 * @param validationStart the start of the validation slice {@code [T − testDays, T)} on which the
 *     blend weight is searched (models trained before it)
 * @param interactions interactions in the history
 * @param items distinct items seen before the split (coverage's denominator)
 * @param contexts per context, every policy's scores and {@code auto}'s choice
 */
public record EvaluationReport(
    Instant dataEnd,
    Instant split,
    Instant testEnd,
    Instant validationStart,
    int testDays,
    int interactions,
    int items,
    List<ContextReport> contexts) {

  public EvaluationReport {
    contexts = List.copyOf(contexts);
  }
}
