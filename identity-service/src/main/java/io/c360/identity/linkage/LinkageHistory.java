package io.c360.identity.linkage;

import org.jspecify.annotations.Nullable;

/**
 * What the batches of one import taught so far: the comparison patterns of their blocked candidate
 * pairs, the EM input. Later batches of a long file estimate from everything before them. Not
 * thread-safe; one import's batches are linked one after another.
 */
public final class LinkageHistory {

  private final PatternCounts blocked = new PatternCounts();
  private @Nullable FellegiSunterModel model;
  private boolean stable;
  private int batchesSinceEstimate;

  public PatternCounts blocked() {
    return blocked;
  }

  /** The model estimated for the previous batch, EM's starting point for the next. */
  public @Nullable FellegiSunterModel model() {
    return model;
  }

  /**
   * Keeps the model estimated for this batch; {@code stable} when it moved less than the tolerance
   * from the previous batch's.
   */
  void model(FellegiSunterModel estimated, boolean stable) {
    this.model = estimated;
    this.stable = stable;
    this.batchesSinceEstimate = 0;
  }

  /**
   * Whether this batch may reuse the previous batch's model: it was stable and was estimated fewer
   * than {@code every} batches ago. Counts the batch as one more since the estimate when it may.
   */
  boolean reuseModel(int every) {
    if (model == null || !stable || batchesSinceEstimate + 1 >= every) {
      return false;
    }
    batchesSinceEstimate++;
    return true;
  }
}
