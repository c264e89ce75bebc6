package io.c360.scoring.history;

import io.c360.scoring.features.CustomerHistory;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Reads customers' timelines (written by identity-service) as histories for features. */
public interface TimelineReader {

  /** The histories of the given profiles; a profile that is not active is left out. */
  Map<String, CustomerHistory> histories(Collection<String> profileIds);

  /** The history of every active profile. */
  List<CustomerHistory> allActive();
}
