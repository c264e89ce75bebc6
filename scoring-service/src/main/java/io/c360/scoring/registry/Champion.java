package io.c360.scoring.registry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The version of a model that scores profiles, and every change of champion (newest last), so a
 * rollback knows what came before.
 */
public record Champion(String model, int version, Instant since, List<Promotion> history) {

  public Champion {
    history = List.copyOf(history);
  }

  /**
   * One change of champion; {@code overrode} is the promotion gate's refusal when an admin forced a
   * version that had not earned champion, else null.
   */
  public record Promotion(
      int version,
      @Nullable Integer previous,
      Instant at,
      String by,
      String reason,
      @Nullable String overrode) {}

  static Champion first(
      String model, int version, Instant at, String by, String reason, @Nullable String overrode) {
    return new Champion(
        model, version, at, List.of(new Promotion(version, null, at, by, reason, overrode)));
  }

  Champion next(int newVersion, Instant at, String by, String reason, @Nullable String overrode) {
    List<Promotion> changes = new ArrayList<>(history);
    changes.add(new Promotion(newVersion, version, at, by, reason, overrode));
    return new Champion(model, newVersion, at, changes);
  }
}
