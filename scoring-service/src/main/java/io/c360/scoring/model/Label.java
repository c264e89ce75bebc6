package io.c360.scoring.model;

import io.c360.scoring.features.CustomerHistory;
import io.c360.scoring.features.HistoryEvent;
import java.time.Duration;
import java.time.Instant;

/** The outcome to predict: an event named {@code event} within {@code windowDays} of the cutoff. */
public record Label(String event, int windowDays) {

  /** Whether an event named {@link #event} happened in [cutoff, cutoff + window). */
  public boolean positive(CustomerHistory history, Instant cutoff) {
    Instant end = cutoff.plus(Duration.ofDays(windowDays));
    for (HistoryEvent e : history.events()) {
      if (!e.timestamp().isBefore(end)) {
        return false;
      }
      if (!e.timestamp().isBefore(cutoff) && e.name().equals(event)) {
        return true;
      }
    }
    return false;
  }
}
