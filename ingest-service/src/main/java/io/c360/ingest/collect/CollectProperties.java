package io.c360.ingest.collect;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the Tracking API. The defaults are Segment's own, so an SDK that works against Segment
 * works against C360 unchanged.
 *
 * @param maxMessageBytes largest single message (Segment: 32 KB)
 * @param maxBatchBytes largest batch request body, after gzip decoding (Segment: 500 KB)
 * @param maxBatchMessages most messages in one batch (Segment: 2,500)
 */
@Validated
@ConfigurationProperties("c360.ingest.collect")
public record CollectProperties(
    @Min(1024) @Max(1_048_576) Integer maxMessageBytes,
    @Min(1024) @Max(16_777_216) Integer maxBatchBytes,
    @Min(1) @Max(100_000) Integer maxBatchMessages) {

  public CollectProperties {
    maxMessageBytes = maxMessageBytes == null ? 32 * 1024 : maxMessageBytes;
    maxBatchBytes = maxBatchBytes == null ? 500 * 1024 : maxBatchBytes;
    maxBatchMessages = maxBatchMessages == null ? 2_500 : maxBatchMessages;
  }
}
