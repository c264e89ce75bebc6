package io.c360.scoring.history;

import io.c360.scoring.features.HistoryEvent;

/**
 * One event of a profile's history as the projection stores it: keyed by the profile it was
 * resolved to, its time and its messageId, so a redelivered event is stored once.
 */
public record HistoryEntry(String profileId, String messageId, HistoryEvent event) {}
