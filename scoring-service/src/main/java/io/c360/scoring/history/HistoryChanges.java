package io.c360.scoring.history;

import java.util.Collection;

/** What the rest of the service learns from the history projection (scores follow it). */
public interface HistoryChanges {

  /** The histories of these profiles were written (new or redelivered events). */
  void changed(Collection<String> profileIds);

  /** {@code merged} was merged into {@code survivor}. */
  void merged(String survivor, String merged);

  /** {@code restored} was split back out of {@code survivor}. */
  void unmerged(String survivor, String restored);
}
