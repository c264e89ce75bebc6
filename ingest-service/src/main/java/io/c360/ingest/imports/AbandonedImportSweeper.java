package io.c360.ingest.imports;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks for imports whose instance died (their lease ran out) and resumes them here, at start and
 * then every {@code c360.ingest.imports.sweep-every}.
 */
@Component
class AbandonedImportSweeper {

  private final ImportService imports;

  AbandonedImportSweeper(ImportService imports) {
    this.imports = imports;
  }

  @Scheduled(
      initialDelayString = "${c360.ingest.imports.sweep-every:10s}",
      fixedDelayString = "${c360.ingest.imports.sweep-every:10s}")
  void sweep() {
    imports.resumeAbandoned();
  }
}
