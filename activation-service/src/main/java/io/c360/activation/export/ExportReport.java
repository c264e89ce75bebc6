package io.c360.activation.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What an export did.
 *
 * @param destination {@code segment} or {@code lookalike}
 * @param sentTo where the calls went: {@code segment}, {@code outbox} (Segment not configured), or
 *     {@code blobstore}
 * @param members the profiles considered: the audience's members, or the selected top fraction
 * @param sent identify calls accepted (segment), or CSV rows written (lookalike: one per hashed
 *     email or phone)
 * @param skipped profiles left out, by reason
 * @param blobKey the CSV's key in the blob store (lookalike)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExportReport(
    String exportId,
    String destination,
    String sentTo,
    @Nullable String audienceId,
    @Nullable String scoreModel,
    @Nullable Double topFraction,
    long members,
    long sent,
    Map<String, Long> skipped,
    @Nullable String blobKey,
    Instant exportedAt) {

  public ExportReport {
    skipped = Map.copyOf(skipped);
  }
}
