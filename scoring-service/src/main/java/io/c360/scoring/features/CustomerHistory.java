package io.c360.scoring.features;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A customer's events, reduced for features, ascending by timestamp. */
public record CustomerHistory(String profileId, List<HistoryEvent> events) {

  public CustomerHistory {
    var sorted = new ArrayList<>(events);
    sorted.sort(Comparator.comparing(HistoryEvent::timestamp));
    events = List.copyOf(sorted);
  }
}
