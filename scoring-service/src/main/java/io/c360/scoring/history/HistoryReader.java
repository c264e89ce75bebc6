package io.c360.scoring.history;

import io.c360.scoring.features.CustomerHistory;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads customers' histories from scoring's own projection: a profile's events together with the
 * events of every profile merged into it.
 */
public interface HistoryReader {

  /**
   * The histories of the given profiles that are active (neither merged into another nor erased)
   * and have events; the others are left out.
   */
  Map<String, CustomerHistory> histories(Collection<String> profileIds);

  /** The history of every active profile that has events. */
  List<CustomerHistory> allActive();
}
