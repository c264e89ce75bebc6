package io.c360.common.quarantine;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Input that ingest rejected, on {@code c360.quarantine.v1}: what it was, where it came from and
 * every reason it was refused, so it can be inspected, fixed and replayed.
 *
 * @param origin {@code http} for a Tracking API message, {@code import} for a file row
 * @param source the source name (write key owner) or the import kind
 * @param importId the import that read the row, for file rows
 * @param rowNumber the 1-based data row number in the file, for file rows
 * @param reasons why it was rejected
 * @param raw the rejected input as received (a JSON message or a CSV/JSONL line)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuarantinedRecord(
    String origin,
    String source,
    @Nullable String importId,
    @Nullable Long rowNumber,
    List<String> reasons,
    String raw,
    Instant rejectedAt) {

  public QuarantinedRecord {
    reasons = List.copyOf(reasons);
  }
}
