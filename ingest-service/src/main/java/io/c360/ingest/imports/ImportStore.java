package io.c360.ingest.imports;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where import reports are kept, with the lease of the instance running each import, so progress
 * and outcome survive a restart and a dead instance's import can be taken over.
 */
public interface ImportStore {

  /**
   * Who runs an import, and until when unless renewed.
   *
   * @param holder one instance's one claim of the import (instance id and a claim id)
   */
  record Lease(String holder, Instant until) {}

  /** Records a new import, leased to its creator. */
  void create(ImportReport report, Lease lease);

  /**
   * Saves the report and renews the lease, only while {@code lease.holder()} still holds it.
   *
   * @return false when another claim took the import over; the caller must stop
   */
  boolean update(ImportReport report, Lease lease);

  /**
   * Takes over a PENDING or RUNNING import whose lease ran out before {@code now}.
   *
   * @return the report as of its last checkpoint, or empty when the lease is still held or the
   *     import is finished
   */
  Optional<ImportReport> claimAbandoned(String importId, Lease lease, Instant now);

  /**
   * Takes a FAILED import back to PENDING for a retry from its checkpoint.
   *
   * @return the report, or empty when the import is not FAILED (any more)
   */
  Optional<ImportReport> claimFailed(String importId, Lease lease);

  /** PENDING or RUNNING imports whose lease ran out before {@code now}. */
  List<String> abandoned(Instant now);

  /**
   * Imports newest first.
   *
   * @param after the id of the last import of the previous page, or null for the first page
   */
  List<ImportReport> list(int limit, @Nullable String after);

  Optional<ImportReport> find(String importId);
}
