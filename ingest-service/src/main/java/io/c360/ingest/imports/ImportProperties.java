package io.c360.ingest.imports;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param lease how long an instance holds a running import without renewing it; once it runs out
 *     (the instance died) another instance, or the restarted one, resumes from the checkpoint
 * @param outageTolerance how long an import waits for an unreachable Kafka, retrying, before it
 *     fails with its checkpoint (a retry resumes there)
 * @param sweepEvery how often an instance looks for imports whose lease ran out
 * @param previewRows rows a preview reads when the request does not say
 */
@Validated
@ConfigurationProperties("c360.ingest.imports")
public record ImportProperties(
    @Nullable Duration lease,
    @Nullable Duration outageTolerance,
    @Nullable Duration sweepEvery,
    @Min(1) @Max(1000) @Nullable Integer previewRows) {

  public ImportProperties {
    lease = lease == null ? Duration.ofSeconds(30) : lease;
    outageTolerance = outageTolerance == null ? Duration.ofMinutes(5) : outageTolerance;
    sweepEvery = sweepEvery == null ? Duration.ofSeconds(10) : sweepEvery;
    previewRows = previewRows == null ? 20 : previewRows;
  }

  public static ImportProperties defaults() {
    return new ImportProperties(null, null, null, null);
  }
}
