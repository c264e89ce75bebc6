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

  public PatternCounts blocked() {
    return blocked;
  }

  /** The model estimated for the previous batch, EM's starting point for the next. */
  public @Nullable FellegiSunterModel model() {
    return model;
  }

  void model(FellegiSunterModel estimated) {
    this.model = estimated;
  }
}
