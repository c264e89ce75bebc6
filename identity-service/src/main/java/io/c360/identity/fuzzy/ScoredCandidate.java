package io.c360.identity.fuzzy;

/** A candidate profile and its similarity to the record being matched, in [0, 1]. */
public record ScoredCandidate(String profileId, double score) {}
