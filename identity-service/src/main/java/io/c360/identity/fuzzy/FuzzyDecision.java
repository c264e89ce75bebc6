package io.c360.identity.fuzzy;

import java.util.List;

/** What the fuzzy matcher concluded about one offline record. */
public sealed interface FuzzyDecision {

  /** One profile is clearly the same person: link the record to it. */
  record Link(String profileId, double score) implements FuzzyDecision {}

  /**
   * Plausible but not certain (grey zone, or two profiles too close to tell apart): keep as
   * suggested links for a person to review, never merge. Best first.
   */
  record Suggest(List<ScoredCandidate> candidates) implements FuzzyDecision {
    public Suggest {
      candidates = List.copyOf(candidates);
    }
  }

  /** Nobody similar enough. */
  record NoMatch() implements FuzzyDecision {}
}
