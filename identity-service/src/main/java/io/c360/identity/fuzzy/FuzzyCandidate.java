package io.c360.identity.fuzzy;

/** A profile that shares a blocking key with the record being matched, with what it knows. */
public record FuzzyCandidate(String profileId, OfflinePerson person) {}
