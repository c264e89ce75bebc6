package io.c360.ingest.dedupe;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param window how long a messageId is remembered per source (Segment: 24 hours)
 * @param maxEntries most messageIds kept in memory (about 150 bytes each); past it the oldest are
 *     forgotten first, so under a sustained flood the window shortens instead of the heap running
 *     out
 */
@Validated
@ConfigurationProperties("c360.ingest.dedupe")
public record DedupeProperties(@NotNull Duration window, @Min(1_000) Integer maxEntries) {

  public DedupeProperties {
    window = window == null ? Duration.ofHours(24) : window;
    maxEntries = maxEntries == null ? 1_000_000 : maxEntries;
  }
}
