package io.c360.ingest.dedupe;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param window how long a messageId is remembered per source (Segment: 24 hours)
 */
@Validated
@ConfigurationProperties("c360.ingest.dedupe")
public record DedupeProperties(@NotNull Duration window) {

  public DedupeProperties {
    window = window == null ? Duration.ofHours(24) : window;
  }
}
