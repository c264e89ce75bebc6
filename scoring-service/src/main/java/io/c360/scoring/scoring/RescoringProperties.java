package io.c360.scoring.scoring;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Near-real-time re-scoring ({@code c360.scoring.rescoring.*}).
 *
 * @param debounce how long after a profile's first change it is scored; changes in between join
 *     that scoring (default 5 s)
 * @param maxBatch profiles scored together at most (default 500)
 */
@Validated
@ConfigurationProperties("c360.scoring.rescoring")
public record RescoringProperties(Duration debounce, @Min(1) @Max(10_000) int maxBatch) {

  public RescoringProperties {
    if (debounce == null) {
      debounce = Duration.ofSeconds(5);
    }
    if (maxBatch == 0) {
      maxBatch = 500;
    }
  }
}
