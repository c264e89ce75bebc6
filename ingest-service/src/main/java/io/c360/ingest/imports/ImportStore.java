package io.c360.ingest.imports;

import java.util.Optional;

/** Where import reports are kept, so their progress and outcome survive a restart. */
public interface ImportStore {

  void save(ImportReport report);

  Optional<ImportReport> find(String importId);
}
