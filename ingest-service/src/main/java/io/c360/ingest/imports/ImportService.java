package io.c360.ingest.imports;

import io.c360.common.blob.BlobStore;
import io.c360.common.identifier.IdentifierNormalizer;
import io.c360.ingest.dedupe.PublishOnce;
import io.c360.ingest.publishing.EventPublisher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/** Starts imports of files in the blob store and tells how they are doing. */
public class ImportService {

  private final BlobStore blobs;
  private final EventPublisher publisher;
  private final PublishOnce publishOnce;
  private final ImportStore store;
  private final IdentifierNormalizer normalizer;
  private final Executor executor;
  private final Clock clock;

  public ImportService(
      BlobStore blobs,
      EventPublisher publisher,
      PublishOnce publishOnce,
      ImportStore store,
      IdentifierNormalizer normalizer,
      Executor executor,
      Clock clock) {
    this.blobs = blobs;
    this.publisher = publisher;
    this.publishOnce = publishOnce;
    this.store = store;
    this.normalizer = normalizer;
    this.executor = executor;
    this.clock = clock;
  }

  /** A request to import one file; {@code format} is csv or jsonl, else taken from the name. */
  public record ImportRequest(
      @Nullable String kind, @Nullable String key, @Nullable String format) {}

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

  /** Validates the request, records the import as pending, and starts it in the background. */
  public ImportReport start(ImportRequest request) {
    if (request.kind() == null || request.kind().isBlank()) {
      throw new InvalidImportException("kind is required: one of " + ImportKind.names(), false);
    }
    ImportKind kind =
        ImportKind.fromWireName(request.kind())
            .orElseThrow(
                () ->
                    new InvalidImportException(
                        "kind '"
                            + request.kind()
                            + "' is unknown; use one of "
                            + ImportKind.names(),
                        false));
    if (request.key() == null || request.key().isBlank()) {
      throw new InvalidImportException(
          "key is required: the file's path in the blob store, e.g. imports/pos.csv", false);
    }
    String format = format(request.key(), request.format());
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
            null);
    store.save(pending);
    executor.execute(
        new ImportJob(
            pending,
            sink(kind, now, pending.importId()),
            blobs,
            publisher,
            publishOnce,
            store,
            clock));
    return pending;
  }

  public Optional<ImportReport> find(String importId) {
    return store.find(importId);
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
