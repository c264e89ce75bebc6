package io.c360.identity.timeline;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of a timeline, oldest first; {@code next} continues after it (null on the last). */
public record TimelinePage(List<TimelineEntry> entries, @Nullable String next) {

  public TimelinePage {
    entries = List.copyOf(entries);
  }
}
