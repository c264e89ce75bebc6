package io.c360.activation.segment;

import io.c360.common.identifier.Redaction;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Segment as a destination ({@code c360.activation.segment.*}). Without a write key, identify calls
 * of exports go to the outbox and the Kafka listeners stay off.
 *
 * @param writeKey the source's write key, from the environment ({@code SEGMENT_WRITE_KEY}); never
 *     committed, never logged
 * @param endpoint the API host; default {@code https://api.segment.io} (EU workspaces: {@code
 *     https://events.eu1.segmentapis.com}); the client posts batches to {@code /v1/import}
 * @param flushQueueSize messages per batch request; default 250
 * @param flushInterval how long the client holds a partial batch; default 10 s (C360 also flushes
 *     at the end of each Kafka batch and export chunk)
 * @param retries the client's attempts per batch on network errors, 429 and 5xx; default 3
 * @param timeout how long to wait for Segment to accept a chunk before failing it; default 60 s
 */
@Validated
@ConfigurationProperties("c360.activation.segment")
public record SegmentProperties(
    @Nullable String writeKey,
    @Nullable String endpoint,
    @Min(0) @Max(1000) int flushQueueSize,
    @Nullable Duration flushInterval,
    @Min(0) @Max(20) int retries,
    @Nullable Duration timeout) {

  public SegmentProperties {
    endpoint = endpoint == null || endpoint.isBlank() ? "https://api.segment.io" : endpoint;
    flushQueueSize = flushQueueSize == 0 ? 250 : flushQueueSize;
    flushInterval = flushInterval == null ? Duration.ofSeconds(10) : flushInterval;
    retries = retries == 0 ? 3 : retries;
    timeout = timeout == null ? Duration.ofSeconds(60) : timeout;
  }

  public boolean configured() {
    return writeKey != null && !writeKey.isBlank();
  }

  /** Never shows the write key. */
  @Override
  public String toString() {
    return "SegmentProperties[writeKey="
        + (configured() ? Redaction.mask(writeKey) : "none")
        + ", endpoint="
        + endpoint
        + ", flushQueueSize="
        + flushQueueSize
        + ", flushInterval="
        + flushInterval
        + ", retries="
        + retries
        + ", timeout="
        + timeout
        + "]";
  }
}
