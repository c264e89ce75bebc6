package io.c360.identity.linkage;

/**
 * What the batches of one import taught so far: the comparison patterns of their blocked candidate
 * pairs, the EM input. Later batches of a long file estimate from everything before them. Not
 * thread-safe; one import's batches are linked one after another.
 */
public final class LinkageHistory {

  private final PatternCounts blocked = new PatternCounts();

  public PatternCounts blocked() {
    return blocked;
  }
}
