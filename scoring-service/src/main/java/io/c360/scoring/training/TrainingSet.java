package io.c360.scoring.training;

import io.c360.scoring.features.CustomerHistory;
import io.c360.scoring.features.Features;
import io.c360.scoring.model.ModelDefinition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Point-in-time rows: one per (customer, cutoff) where the customer is in the population at the
 * cutoff, with features computed as of the cutoff (events before it only) and the label from the
 * window after it.
 */
record TrainingSet(List<String> columns, List<Instant> cutoffs, List<Row> rows) {

  /** One example: whose, at which cutoff (index into cutoffs), on which side, values and label. */
  record Row(String profileId, int cutoff, Part part, float[] values, boolean label) {}

  static TrainingSet build(
      ModelDefinition definition,
      List<CustomerHistory> histories,
      List<Instant> cutoffs,
      List<String> columns,
      Map<String, Part> parts,
      int threads) {
    @SuppressWarnings("unchecked")
    List<Row>[] perCustomer = new List[histories.size()];
    Runnable work =
        () ->
            IntStream.range(0, histories.size())
                .parallel()
                .forEach(
                    i ->
                        perCustomer[i] =
                            rows(definition, histories.get(i), cutoffs, columns, parts));
    try (var pool = new ForkJoinPool(threads)) {
      pool.submit(work).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while building the training set", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
    var rows = new ArrayList<Row>();
    for (List<Row> customerRows : perCustomer) {
      rows.addAll(customerRows);
    }
    return new TrainingSet(List.copyOf(columns), List.copyOf(cutoffs), rows);
  }

  private static List<Row> rows(
      ModelDefinition definition,
      CustomerHistory history,
      List<Instant> cutoffs,
      List<String> columns,
      Map<String, Part> parts) {
    var rows = new ArrayList<Row>(cutoffs.size());
    for (int c = 0; c < cutoffs.size(); c++) {
      Instant cutoff = cutoffs.get(c);
      if (definition.population().eligible(history, cutoff)) {
        rows.add(
            new Row(
                history.profileId(),
                c,
                parts.get(history.profileId()),
                Features.compute(history, cutoff, columns),
                definition.label().positive(history, cutoff)));
      }
    }
    return rows;
  }

  /** The rows of one side with the given columns (names from {@link #columns}). */
  Dataset dataset(Part part, List<String> names) {
    int[] columnIndexes = names.stream().mapToInt(columns::indexOf).toArray();
    List<Row> selected = rows.stream().filter(r -> r.part() == part).toList();
    float[] data = new float[selected.size() * names.size()];
    float[] labels = new float[selected.size()];
    for (int r = 0; r < selected.size(); r++) {
      float[] values = selected.get(r).values();
      for (int c = 0; c < columnIndexes.length; c++) {
        data[r * columnIndexes.length + c] = values[columnIndexes[c]];
      }
      labels[r] = selected.get(r).label() ? 1f : 0f;
    }
    return new Dataset(List.copyOf(names), data, labels, selected);
  }

  /** A dense row-major feature matrix with labels, and the rows it came from. */
  record Dataset(List<String> names, float[] data, float[] labels, List<Row> rows) {

    int size() {
      return labels.length;
    }

    int positives() {
      return MetricsCalculator.positives(labels);
    }

    Dataset withData(float[] newData) {
      return new Dataset(names, newData, labels, rows);
    }
  }
}
