package io.c360.ingest.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.json.EventJson;
import org.junit.jupiter.api.Test;

class ImportReportTest {

  @Test
  void readsAReportSavedBeforeImportsHadCheckpointsAndOptions() {
    String saved =
        """
        {"importId":"i-1","kind":"pos-sales","key":"imports/pos.csv","format":"csv",
         "status":"COMPLETED","rowsRead":9,"accepted":4,"rejected":5,"duplicates":0,
         "eventsPublished":3,"rejections":[],"rejectionsTruncated":false,
         "createdAt":"2026-11-01T10:00:00Z","startedAt":"2026-11-01T10:00:01Z",
         "completedAt":"2026-11-01T10:00:02Z"}
        """;

    ImportReport report = EventJson.mapper().readValue(saved, ImportReport.class);

    assertThat(report.checkpointRow()).isZero();
    assertThat(report.options()).isNull();
    assertThat(report.status()).isEqualTo(ImportReport.Status.COMPLETED);
  }
}
