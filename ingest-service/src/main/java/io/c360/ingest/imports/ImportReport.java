package io.c360.ingest.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The state and, at the end, the outcome of one import: how many rows were read, accepted, rejected
 * (with the first {@value #MAX_LISTED_REJECTIONS} row numbers and reasons; every rejected row also
 * goes to {@code c360.quarantine.v1}) and dropped as duplicates. While it runs, the counts are
 * those of its last checkpoint: every row up to {@code checkpointRow} has been read and whatever it
 * produced is confirmed by Kafka, so an import taken over after a crash resumes after that row.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportReport(
    String importId,
    ImportKind kind,
    String key,
    String format,
    Status status,
    long rowsRead,
    long accepted,
    long rejected,
    long duplicates,
    long eventsPublished,
    List<RowRejection> rejections,
    boolean rejectionsTruncated,
    @Nullable String failure,
    Instant createdAt,
    @Nullable Instant startedAt,
    @Nullable Instant completedAt,
    Long checkpointRow,
    @Nullable ImportOptions options) {

  public static final int MAX_LISTED_REJECTIONS = 1000;

  public ImportReport {
    rejections = List.copyOf(rejections);
    // reports saved before imports had checkpoints have none: they start from the top
    checkpointRow = checkpointRow == null ? 0L : checkpointRow;
  }

  /** True once the import can no longer change by itself. */
  public boolean finished() {
    return status == Status.COMPLETED || status == Status.FAILED;
  }

  public enum Status {
    PENDING,
    RUNNING,
    COMPLETED,
    FAILED
  }

  /** One rejected row: its 1-based data row number (the header is row 0) and why. */
  public record RowRejection(long row, List<String> reasons) {
    public RowRejection {
      reasons = List.copyOf(reasons);
    }
  }
}
