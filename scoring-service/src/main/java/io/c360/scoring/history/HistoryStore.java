package io.c360.scoring.history;

import java.util.List;
import java.util.Set;

/** Scoring's own store of customer histories, the projection of identity-service's topics. */
public interface HistoryStore extends HistoryReader {

  /**
   * Stores the entries under the profiles they were resolved to; storing an entry again changes
   * nothing. Entries of erased profiles are not kept.
   *
   * @return the profiles whose history was written (erased ones left out)
   */
  Set<String> append(List<HistoryEntry> entries);

  /** {@code merged} now lives on as {@code survivor}: its history is read with the survivor's. */
  void merge(String survivor, String merged);

  /** {@code restored} was split back out of {@code survivor}: its history is its own again. */
  void unmerge(String survivor, String restored);

  /**
   * Deletes the history of the profile and of every profile merged into it, and keeps them erased
   * (events of theirs that arrive later are not kept).
   *
   * @return the profiles erased
   */
  Set<String> erase(String profileId);
}
