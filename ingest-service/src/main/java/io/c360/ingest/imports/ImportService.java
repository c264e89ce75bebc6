package io.c360.ingest.imports;

import io.c360.common.catalog.CatalogUpdate;
import io.c360.common.event.CustomerEvent;
import io.c360.common.identifier.IdentifierNormalizer;
import io.c360.common.json.EventJson;
import io.c360.ingest.dedupe.PublishOnce;
import io.c360.ingest.publishing.EventPublisher;
import io.c360.platform.blob.BlobNotFoundException;
import io.c360.platform.blob.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts imports of files in the blob store and tells how they are doing. */
public class ImportService {

  private static final Logger log = LoggerFactory.getLogger(ImportService.class);
  private static final String UPLOADS = "imports/uploads/";

  private final BlobStore blobs;
  private final ImportStore store;
  private final IdentifierNormalizer normalizer;
  private final Executor executor;
  private final Clock clock;
  private final ImportProperties properties;
  private final String instanceId;
  private final ImportJob.Context jobs;

  /**
   * @param instanceId names this instance in the leases it takes (unique per process)
   */
  public ImportService(
      BlobStore blobs,
      EventPublisher publisher,
      PublishOnce publishOnce,
      ImportStore store,
      IdentifierNormalizer normalizer,
      Executor executor,
      Clock clock,
      ImportProperties properties,
      String instanceId) {
    this.blobs = blobs;
    this.store = store;
    this.normalizer = normalizer;
    this.executor = executor;
    this.clock = clock;
    this.properties = properties;
    this.instanceId = instanceId;
    this.jobs = new ImportJob.Context(blobs, publisher, publishOnce, store, clock, properties);
  }

  /**
   * A request to import one file; {@code format} is csv or jsonl, else taken from the name; the
   * options say how to read a file in its owner's own columns and formats.
   */
  public record ImportRequest(
      @Nullable String kind,
      @Nullable String key,
      @Nullable String format,
      @Nullable Map<String, String> mapping,
      @Nullable String timestampFormat,
      @Nullable String zone,
      @Nullable String decimalSeparator,
      @Nullable String negativeQuantity) {

    public ImportRequest(@Nullable String kind, @Nullable String key, @Nullable String format) {
      this(kind, key, format, null, null, null, null, null);
    }

    ImportRequest withKey(String newKey) {
      return new ImportRequest(
          kind, newKey, format, mapping, timestampFormat, zone, decimalSeparator, negativeQuantity);
    }

    /** The options, or null when there are none. */
    @Nullable ImportOptions options() {
      var options =
          new ImportOptions(mapping, timestampFormat, zone, decimalSeparator, negativeQuantity);
      return options.isEmpty() ? null : options;
    }
  }

  /** The request cannot start an import; the message says what to fix. */
  public static class InvalidImportException extends RuntimeException {
    private final boolean notFound;

    InvalidImportException(String message, boolean notFound) {
      super(message);
      this.notFound = notFound;
    }

    public boolean notFound() {
      return notFound;
    }
  }

  /** The import is not in a state that allows what was asked; the message names its state. */
  public static class ImportStateException extends RuntimeException {
    ImportStateException(String message) {
      super(message);
    }
  }

  /** Validates the request, records the import as pending, and starts it in the background. */
  public ImportReport start(ImportRequest request) {
    ImportKind kind = kind(request.kind());
    if (request.key() == null || request.key().isBlank()) {
      throw new InvalidImportException(
          "key is required: the file's path in the blob store, e.g. imports/pos.csv", false);
    }
    String format = format(request.key(), request.format());
    ImportOptions options = validOptions(request);
    boolean exists;
    try {
      exists = blobs.exists(request.key());
    } catch (IllegalArgumentException e) {
      throw new InvalidImportException(
          "key '" + request.key() + "' is not valid: " + e.getMessage(), false);
    } catch (IOException e) {
      throw new UncheckedIOException("the blob store cannot be read", e);
    }
    if (!exists) {
      throw new InvalidImportException(
          "no file '" + request.key() + "' in the blob store; upload it first", true);
    }
    Instant now = clock.instant();
    ImportReport pending =
        new ImportReport(
            UUID.randomUUID().toString(),
            kind,
            request.key(),
            format,
            ImportReport.Status.PENDING,
            0,
            0,
            0,
            0,
            0,
            List.of(),
            false,
            null,
            now,
            null,
            null,
            0L,
            options);
    ImportStore.Lease lease = lease();
    store.create(pending, lease);
    submit(pending, lease);
    return pending;
  }

  /**
   * Streams an uploaded file into the blob store under {@code imports/uploads/} (never holding it
   * in memory), then imports it as {@link #start} does.
   *
   * @param fileName the name the client gave the file; its extension tells the format unless {@code
   *     format} is given
   */
  public ImportReport upload(
      ImportRequest request, @Nullable String fileName, InputStream content) {
    kind(request.kind());
    String name = fileName == null || fileName.isBlank() ? "upload" : fileName;
    format(name, request.format());
    validOptions(request);
    String safe = name.replaceAll(".*[/\\\\]", "").replaceAll("[^A-Za-z0-9._-]", "_");
    String key = UPLOADS + UUID.randomUUID() + "-" + safe;
    try {
      blobs.put(key, content);
    } catch (IOException e) {
      throw new UncheckedIOException("the upload could not be stored", e);
    }
    return start(request.withKey(key));
  }

  /**
   * Takes over every import whose lease ran out (its instance died or stopped) and resumes it after
   * its checkpoint. Another instance sweeping at once claims each import at most once.
   *
   * @return how many imports this instance took over
   */
  public int resumeAbandoned() {
    int resumed = 0;
    for (String importId : store.abandoned(clock.instant())) {
      ImportStore.Lease lease = lease();
      var claimed = store.claimAbandoned(importId, lease, clock.instant());
      if (claimed.isPresent()) {
        log.info(
            "import {}: its lease ran out; resuming after row {}",
            importId,
            claimed.get().checkpointRow());
        submit(claimed.get(), lease);
        resumed++;
      }
    }
    return resumed;
  }

  /**
   * Starts a FAILED import again after its checkpoint.
   *
   * @throws ImportStateException when the import is not FAILED
   */
  public Optional<ImportReport> retry(String importId) {
    Optional<ImportReport> found = store.find(importId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    if (found.get().status() != ImportReport.Status.FAILED) {
      throw new ImportStateException(
          "import '"
              + importId
              + "' is "
              + found.get().status()
              + "; only a FAILED import can be retried");
    }
    ImportStore.Lease lease = lease();
    ImportReport failed =
        store
            .claimFailed(importId, lease)
            .orElseThrow(
                () ->
                    new ImportStateException(
                        "import '" + importId + "' is no longer FAILED; it was retried already"));
    ImportReport pending =
        new ImportReport(
            failed.importId(),
            failed.kind(),
            failed.key(),
            failed.format(),
            ImportReport.Status.PENDING,
            failed.rowsRead(),
            failed.accepted(),
            failed.rejected(),
            failed.duplicates(),
            failed.eventsPublished(),
            failed.rejections(),
            failed.rejectionsTruncated(),
            null,
            failed.createdAt(),
            failed.startedAt(),
            null,
            failed.checkpointRow(),
            failed.options());
    store.update(pending, lease);
    submit(pending, lease);
    return Optional.of(pending);
  }

  /**
   * The first rows of a file as C360 would read them: the events and catalog updates it would
   * publish and the rejected rows with their reasons. Nothing is published or stored.
   *
   * @param events the events, in file order; a POS order still open at the last row read is shown
   *     with the lines read so far
   */
  public record Preview(
      long rowsRead,
      List<CustomerEvent> events,
      List<CatalogUpdate> catalog,
      List<ImportReport.RowRejection> rejections) {}

  /** Previews the first {@code rows} rows of a file in the blob store. */
  public Preview preview(ImportRequest request, int rows) {
    ImportKind kind = kind(request.kind());
    if (request.key() == null || request.key().isBlank()) {
      throw new InvalidImportException(
          "key is required: the file's path in the blob store, or upload the file", false);
    }
    String format = format(request.key(), request.format());
    ImportOptions options = validOptions(request);
    try (InputStream in = blobs.open(request.key())) {
      return preview(kind, format, options, in, rows);
    } catch (BlobNotFoundException e) {
      throw new InvalidImportException("no file '" + request.key() + "' in the blob store", true);
    } catch (IllegalArgumentException e) {
      throw new InvalidImportException(
          "key '" + request.key() + "' is not valid: " + e.getMessage(), false);
    } catch (IOException e) {
      throw new UncheckedIOException("the blob store cannot be read", e);
    }
  }

  /** Previews the first {@code rows} rows of an uploaded file, without storing it. */
  public Preview preview(
      ImportRequest request, @Nullable String fileName, InputStream content, int rows) {
    ImportKind kind = kind(request.kind());
    String format = format(fileName == null ? "" : fileName, request.format());
    return preview(kind, format, validOptions(request), content, rows);
  }

  private Preview preview(
      ImportKind kind, String format, @Nullable ImportOptions options, InputStream in, int rows) {
    ImportOptions.Compiled compiled =
        options == null ? ImportOptions.Compiled.DEFAULT : options.compile();
    List<CustomerEvent> events = new ArrayList<>();
    List<CatalogUpdate> catalog = new ArrayList<>();
    List<ImportReport.RowRejection> rejections = new ArrayList<>();
    RowSink sink = sink(kind, clock.instant(), "preview");
    RowSink.Output out =
        new RowSink.Output() {
          @Override
          public void event(CustomerEvent event) {
            events.add(event);
          }

          @Override
          public void catalog(CatalogUpdate update) {
            catalog.add(update);
          }
        };
    long[] read = {0};
    try {
      RowReader.forEachRow(
          in,
          format,
          EventJson.mapper(),
          row -> {
            if (read[0] >= rows) {
              throw new EnoughRows();
            }
            read[0]++;
            List<String> reasons =
                row.problem() != null
                    ? List.of(row.problem())
                    : sink.accept(compiled.apply(row), out);
            if (!reasons.isEmpty()) {
              rejections.add(new ImportReport.RowRejection(row.number(), reasons));
            }
          });
    } catch (EnoughRows enough) {
      // the preview has its rows
    } catch (ImportFailedException e) {
      throw new InvalidImportException(e.getMessage(), false);
    } catch (IOException e) {
      throw new UncheckedIOException("the file cannot be read", e);
    }
    sink.finish(out);
    return new Preview(read[0], events, catalog, rejections);
  }

  /** Stops reading once a preview has its rows. */
  private static final class EnoughRows extends RuntimeException {
    EnoughRows() {
      super(null, null, false, false);
    }
  }

  public Optional<ImportReport> find(String importId) {
    return store.find(importId);
  }

  /** Imports newest first, {@code limit} at a time, after the import {@code after}. */
  public List<ImportReport> list(int limit, @Nullable String after) {
    return store.list(limit, after);
  }

  private void submit(ImportReport report, ImportStore.Lease lease) {
    executor.execute(
        new ImportJob(
            report,
            sink(report.kind(), report.createdAt(), report.importId()),
            lease.holder(),
            jobs));
  }

  private ImportStore.Lease lease() {
    return new ImportStore.Lease(
        instanceId + "/" + UUID.randomUUID().toString().substring(0, 8),
        clock.instant().plus(properties.lease()));
  }

  private static @Nullable ImportOptions validOptions(ImportRequest request) {
    ImportOptions options = request.options();
    if (options != null) {
      try {
        options.compile();
      } catch (IllegalArgumentException e) {
        throw new InvalidImportException(e.getMessage(), false);
      }
    }
    return options;
  }

  private static ImportKind kind(@Nullable String name) {
    if (name == null || name.isBlank()) {
      throw new InvalidImportException("kind is required: one of " + ImportKind.names(), false);
    }
    return ImportKind.fromWireName(name)
        .orElseThrow(
            () ->
                new InvalidImportException(
                    "kind '" + name + "' is unknown; use one of " + ImportKind.names(), false));
  }

  private RowSink sink(ImportKind kind, Instant now, String importId) {
    return switch (kind) {
      case POS_SALES -> new PosSalesSink(normalizer, now, importId);
      case CATALOG -> new CatalogSink(now);
      case INVENTORY -> new InventorySink(now);
      case SUPPORT_TICKETS -> new SupportTicketSink(normalizer, now);
      case CUSTOMERS -> new CustomersSink(normalizer, now, importId);
    };
  }

  private static String format(String key, @Nullable String requested) {
    String format = requested;
    if (format == null || format.isBlank()) {
      String lower = key.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".csv")) {
        format = "csv";
      } else if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
        format = "jsonl";
      } else {
        throw new InvalidImportException(
            "format is required when the file name does not end in .csv or .jsonl", false);
      }
    }
    format = format.toLowerCase(Locale.ROOT);
    if (!format.equals("csv") && !format.equals("jsonl")) {
      throw new InvalidImportException(
          "format '" + format + "' is unknown; use csv or jsonl", false);
    }
    return format;
  }
}
