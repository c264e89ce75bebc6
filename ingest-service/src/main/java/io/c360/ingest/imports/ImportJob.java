package io.c360.ingest.imports;

import io.c360.common.catalog.CatalogUpdate;
import io.c360.common.event.CustomerEvent;
import io.c360.common.json.EventJson;
import io.c360.common.quarantine.QuarantinedRecord;
import io.c360.ingest.dedupe.PublishOnce;
import io.c360.ingest.publishing.EventPublisher;
import io.c360.ingest.publishing.PublishFailedException;
import io.c360.platform.blob.BlobNotFoundException;
import io.c360.platform.blob.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one import, or resumes it after its checkpoint: streams the file's rows through the kind's
 * {@link RowSink}, publishes accepted records and quarantines rejected rows in chunks, and after
 * each chunk Kafka confirmed saves a checkpoint (the last row whose output is all published) with
 * the counts as of that row. Every save renews the lease and is fenced by it, and the lease is
 * renewed before each publish, so an instance that lost the import stops before publishing more.
 * When Kafka is unreachable the job waits and retries, up to the outage tolerance.
 */
final class ImportJob implements Runnable, RowSink.Output {

  private static final Logger log = LoggerFactory.getLogger(ImportJob.class);

  static final int CHUNK = 500;
  private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

  /** What every job of one service instance shares. */
  record Context(
      BlobStore blobs,
      EventPublisher publisher,
      PublishOnce publishOnce,
      ImportStore store,
      Clock clock,
      ImportProperties properties) {}

  /** Another claim holds the import now. */
  private static final class LeaseLost extends RuntimeException {
    LeaseLost() {
      super("the lease was taken over", null, false, false);
    }
  }

  /** The instance is shutting down; the import resumes from its checkpoint elsewhere. */
  private static final class Stopped extends RuntimeException {
    Stopped() {
      super("interrupted", null, false, false);
    }
  }

  /** Kafka stayed unreachable longer than the outage tolerance. */
  private static final class KafkaOutage extends RuntimeException {
    KafkaOutage(PublishFailedException cause) {
      super(cause.getMessage(), cause, false, false);
    }
  }

  private final ImportReport start;
  private final RowSink sink;
  private final String holder;
  private final Context context;
  private final ImportOptions.Compiled options;

  private final List<CustomerEvent> events = new ArrayList<>(CHUNK);
  private final List<CatalogUpdate> catalog = new ArrayList<>(CHUNK);
  private final List<QuarantinedRecord> quarantine = new ArrayList<>(CHUNK);
  private final List<ImportReport.RowRejection> rejections;
  private long rowsRead;
  private long accepted;
  private long rejected;
  private long duplicates;
  private long published;
  private Instant startedAt;
  private ImportReport saved;
  private Instant renewedAt;

  /**
   * @param start the report to begin from: a new import, or one claimed at its checkpoint
   * @param holder the claim that holds the import's lease
   */
  ImportJob(ImportReport start, RowSink sink, String holder, Context context) {
    this.start = start;
    this.sink = sink;
    this.holder = holder;
    this.context = context;
    this.options =
        start.options() == null ? ImportOptions.Compiled.DEFAULT : start.options().compile();
    this.rowsRead = start.checkpointRow();
    this.accepted = start.accepted();
    this.rejected = start.rejected();
    this.duplicates = start.duplicates();
    this.published = start.eventsPublished();
    this.rejections = new ArrayList<>(start.rejections());
    this.startedAt = start.startedAt() != null ? start.startedAt() : context.clock().instant();
    this.saved = start;
    this.renewedAt = context.clock().instant();
  }

  @Override
  public void run() {
    try {
      save(report(ImportReport.Status.RUNNING, start.checkpointRow(), rowsRead, accepted));
      try (InputStream in = context.blobs().open(start.key())) {
        RowReader.forEachRow(in, start.format(), EventJson.mapper(), this::row);
      }
      sink.finish(this);
      checkpoint(rowsRead, rowsRead, accepted);
      end(report(ImportReport.Status.COMPLETED, rowsRead, rowsRead, accepted), null);
    } catch (LeaseLost e) {
      log.info("import {}: another instance took it over; this one stops", start.importId());
    } catch (Stopped e) {
      log.info(
          "import {}: stopped at row {}; it resumes there",
          start.importId(),
          saved.checkpointRow());
      release();
    } catch (BlobNotFoundException e) {
      fail(
          "the file '"
              + start.key()
              + "' is gone from the blob store; the import had reached row "
              + saved.checkpointRow()
              + "; upload it again and retry");
    } catch (KafkaOutage e) {
      fail(
          "Kafka stayed unreachable for more than "
              + context.properties().outageTolerance().toSeconds()
              + " s ("
              + e.getMessage()
              + "); rows up to "
              + saved.checkpointRow()
              + " are published and a retry resumes after it");
    } catch (IOException | RuntimeException e) {
      fail(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
  }

  private void row(Row row) {
    if (row.number() <= start.checkpointRow()) {
      return; // published before the checkpoint this run resumes from
    }
    if (Thread.currentThread().isInterrupted()) {
      throw new Stopped();
    }
    rowsRead++;
    List<String> reasons =
        row.problem() != null ? List.of(row.problem()) : sink.accept(options.apply(row), this);
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
              start.kind().wireName(),
              start.importId(),
              row.number(),
              reasons,
              row.raw(),
              context.clock().instant()));
    }
    boolean renewalDue = renewalDue();
    if (events.size() + catalog.size() + quarantine.size() < CHUNK && !renewalDue) {
      return;
    }
    long held = sink.heldFrom();
    if (held == 0) {
      checkpoint(row.number(), rowsRead, accepted);
    } else if (held == row.number() && reasons.isEmpty()) {
      // this row opened a new record and closed the previous one: everything before it is out
      checkpoint(row.number() - 1, rowsRead - 1, accepted - 1);
    } else if (renewalDue) {
      renew();
    }
  }

  @Override
  public void event(CustomerEvent event) {
    events.add(event);
  }

  @Override
  public void catalog(CatalogUpdate update) {
    catalog.add(update);
  }

  /** Publishes everything buffered, then records the checkpoint with the counts as of it. */
  private void checkpoint(long row, long readAtRow, long acceptedAtRow) {
    renew();
    if (!events.isEmpty()) {
      List<CustomerEvent> chunk = List.copyOf(events);
      PublishOnce.Outcome outcome =
          whileKafkaIsBack(() -> context.publishOnce().publish(chunk, List.of()));
      events.clear();
      duplicates += outcome.duplicates().size();
      published += outcome.published().size();
    }
    if (!catalog.isEmpty()) {
      List<CatalogUpdate> chunk = List.copyOf(catalog);
      whileKafkaIsBack(
          () -> {
            context.publisher().publishCatalog(chunk);
            return chunk;
          });
      catalog.clear();
      published += chunk.size();
    }
    if (!quarantine.isEmpty()) {
      List<QuarantinedRecord> chunk = List.copyOf(quarantine);
      whileKafkaIsBack(() -> context.publishOnce().publish(List.of(), chunk));
      quarantine.clear();
    }
    save(report(ImportReport.Status.RUNNING, row, readAtRow, acceptedAtRow));
  }

  /**
   * Runs a publish; while Kafka is unreachable, waits (doubling from half a second to ten) and
   * tries again, renewing the lease meanwhile, for at most the outage tolerance.
   */
  private <T> T whileKafkaIsBack(Supplier<T> publish) {
    long firstFailure = 0;
    Duration backoff = FIRST_BACKOFF;
    Duration maxBackoff =
        MAX_BACKOFF.compareTo(context.properties().lease().dividedBy(3)) < 0
            ? MAX_BACKOFF
            : context.properties().lease().dividedBy(3);
    while (true) {
      try {
        T result = publish.get();
        if (firstFailure != 0) {
          log.info("import {}: Kafka is back, the import goes on", start.importId());
        }
        return result;
      } catch (PublishFailedException e) {
        long now = System.nanoTime();
        if (firstFailure == 0) {
          firstFailure = now;
          log.warn("import {}: waiting for Kafka: {}", start.importId(), e.getMessage());
        }
        if (now - firstFailure > context.properties().outageTolerance().toNanos()) {
          throw new KafkaOutage(e);
        }
        try {
          Thread.sleep(backoff);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw new Stopped();
        }
        renew();
        backoff =
            backoff.multipliedBy(2).compareTo(maxBackoff) < 0
                ? backoff.multipliedBy(2)
                : maxBackoff;
      }
    }
  }

  private boolean renewalDue() {
    return context
        .clock()
        .instant()
        .isAfter(renewedAt.plus(context.properties().lease().dividedBy(3)));
  }

  private void renew() {
    save(saved);
  }

  private void save(ImportReport report) {
    Instant now = context.clock().instant();
    var lease = new ImportStore.Lease(holder, now.plus(context.properties().lease()));
    if (!context.store().update(report, lease)) {
      throw new LeaseLost();
    }
    saved = report;
    renewedAt = now;
  }

  /** Gives the lease up at once, so the next sweep (here or elsewhere) resumes the import. */
  private void release() {
    context.store().update(saved, new ImportStore.Lease(holder, context.clock().instant()));
  }

  /** Fails the import with the counts of its checkpoint, so a retry resumes there. */
  private void fail(String failure) {
    end(saved, failure);
  }

  private void end(ImportReport base, @Nullable String failure) {
    ImportReport.Status status =
        failure == null ? ImportReport.Status.COMPLETED : ImportReport.Status.FAILED;
    Instant now = context.clock().instant();
    ImportReport last =
        new ImportReport(
            base.importId(),
            base.kind(),
            base.key(),
            base.format(),
            status,
            base.rowsRead(),
            base.accepted(),
            base.rejected(),
            base.duplicates(),
            base.eventsPublished(),
            base.rejections(),
            base.rejectionsTruncated(),
            failure,
            base.createdAt(),
            base.startedAt() != null ? base.startedAt() : startedAt,
            now,
            base.checkpointRow(),
            base.options());
    if (!context.store().update(last, new ImportStore.Lease(holder, now))) {
      log.info("import {}: another instance took it over before it ended here", start.importId());
    }
  }

  private ImportReport report(
      ImportReport.Status status, long checkpointRow, long readAtRow, long acceptedAtRow) {
    return new ImportReport(
        start.importId(),
        start.kind(),
        start.key(),
        start.format(),
        status,
        readAtRow,
        acceptedAtRow,
        rejected,
        duplicates,
        published,
        rejections,
        rejected > rejections.size(),
        null,
        start.createdAt(),
        startedAt,
        null,
        checkpointRow,
        start.options());
  }
}
