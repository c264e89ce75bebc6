package io.c360.scoring.training;

import java.time.Instant;
import java.util.List;

/**
 * The data a model was trained on: the event time range, the cutoffs, customers with at least one
 * eligible row, rows per split, and the share of positive rows.
 */
public record DataRange(
    Instant from,
    Instant to,
    List<Instant> cutoffs,
    int customers,
    int trainRows,
    int validationRows,
    int testRows,
    double positiveRate) {

  public DataRange {
    cutoffs = List.copyOf(cutoffs);
  }
}
