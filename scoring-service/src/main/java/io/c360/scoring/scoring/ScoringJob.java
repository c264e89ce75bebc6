package io.c360.scoring.scoring;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A batch scoring run as the API shows it.
 *
 * @param models the models scored (those with a champion)
 * @param skipped the requested models that were not scored, each with the reason (no champion)
 * @param status {@code queued}, {@code running}, {@code succeeded} or {@code failed}
 * @param profiles active profiles read
 * @param scored profile scores computed (eligible profiles, summed over models)
 * @param written scores written onto profiles (an erased or merged profile is skipped)
 * @param files the score file of each model, as blob keys
 */
public record ScoringJob(
    String id,
    String requestedBy,
    List<String> models,
    Map<String, String> skipped,
    String status,
    int profiles,
    int scored,
    int written,
    Map<String, String> files,
    Instant createdAt,
    @Nullable Instant startedAt,
    @Nullable Instant finishedAt,
    @Nullable String error) {

  public ScoringJob {
    models = List.copyOf(models);
    skipped = Map.copyOf(skipped);
    files = Map.copyOf(files);
  }
}
