package io.c360.ingest.imports;

import io.c360.common.blob.BlobStore;
import io.c360.common.catalog.CatalogUpdate;
import io.c360.common.event.CustomerEvent;
import io.c360.common.json.EventJson;
import io.c360.common.quarantine.QuarantinedRecord;
import io.c360.ingest.dedupe.PublishOnce;
import io.c360.ingest.publishing.EventPublisher;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one import: streams the file's rows through the kind's {@link RowSink}, publishes accepted
 * records and quarantines rejected rows in chunks, and saves progress as it goes.
 */
final class ImportJob implements Runnable, RowSink.Output {

  private static final int CHUNK = 500;
  private static final int PROGRESS_EVERY_ROWS = 10_000;

  private final ImportReport initial;
  private final RowSink sink;
  private final BlobStore blobs;
  private final EventPublisher publisher;
  private final PublishOnce publishOnce;
  private final ImportStore store;
  private final Clock clock;

  private final List<CustomerEvent> events = new ArrayList<>(CHUNK);
  private final List<CatalogUpdate> catalog = new ArrayList<>(CHUNK);
  private final List<QuarantinedRecord> quarantine = new ArrayList<>(CHUNK);
  private final List<ImportReport.RowRejection> rejections = new ArrayList<>();
  private long rowsRead;
  private long accepted;
  private long rejected;
  private long duplicates;
  private long published;
  private Instant startedAt;

  ImportJob(
      ImportReport initial,
      RowSink sink,
      BlobStore blobs,
      EventPublisher publisher,
      PublishOnce publishOnce,
      ImportStore store,
      Clock clock) {
    this.initial = initial;
    this.sink = sink;
    this.blobs = blobs;
    this.publisher = publisher;
    this.publishOnce = publishOnce;
    this.store = store;
    this.clock = clock;
    this.startedAt = clock.instant();
  }

  @Override
  public void run() {
    startedAt = clock.instant();
    store.save(report(ImportReport.Status.RUNNING, null));
    try (InputStream in = blobs.open(initial.key())) {
      RowReader.forEachRow(in, initial.format(), EventJson.mapper(), this::row);
      sink.finish(this);
      flush();
      store.save(report(ImportReport.Status.COMPLETED, null));
    } catch (IOException | RuntimeException e) {
      store.save(report(ImportReport.Status.FAILED, e.getMessage()));
    }
  }

  private void row(Row row) {
    rowsRead++;
    List<String> reasons = row.problem() != null ? List.of(row.problem()) : sink.accept(row, this);
    if (reasons.isEmpty()) {
      accepted++;
    } else {
      rejected++;
      if (rejections.size() < ImportReport.MAX_LISTED_REJECTIONS) {
        rejections.add(new ImportReport.RowRejection(row.number(), reasons));
      }
      quarantine.add(
          new QuarantinedRecord(
              "import",
              initial.kind().wireName(),
              initial.importId(),
              row.number(),
              reasons,
              row.raw(),
              clock.instant()));
      if (quarantine.size() >= CHUNK) {
        publisher.quarantine(List.copyOf(quarantine));
        quarantine.clear();
      }
    }
    if (rowsRead % PROGRESS_EVERY_ROWS == 0) {
      store.save(report(ImportReport.Status.RUNNING, null));
    }
  }

  @Override
  public void event(CustomerEvent event) {
    events.add(event);
    if (events.size() >= CHUNK) {
      flushEvents();
    }
  }

  @Override
  public void catalog(CatalogUpdate update) {
    catalog.add(update);
    if (catalog.size() >= CHUNK) {
      publisher.publishCatalog(List.copyOf(catalog));
      published += catalog.size();
      catalog.clear();
    }
  }

  private void flush() {
    flushEvents();
    if (!catalog.isEmpty()) {
      publisher.publishCatalog(List.copyOf(catalog));
      published += catalog.size();
      catalog.clear();
    }
    if (!quarantine.isEmpty()) {
      publisher.quarantine(List.copyOf(quarantine));
      quarantine.clear();
    }
  }

  private void flushEvents() {
    PublishOnce.Outcome outcome = publishOnce.publish(List.copyOf(events), List.of());
    events.clear();
    duplicates += outcome.duplicates().size();
    published += outcome.published().size();
  }

  private ImportReport report(ImportReport.Status status, String failure) {
    boolean done = status == ImportReport.Status.COMPLETED || status == ImportReport.Status.FAILED;
    return new ImportReport(
        initial.importId(),
        initial.kind(),
        initial.key(),
        initial.format(),
        status,
        rowsRead,
        accepted,
        rejected,
        duplicates,
        published,
        rejections,
        rejected > rejections.size(),
        failure,
        initial.createdAt(),
        startedAt,
        done ? clock.instant() : null);
  }
}
