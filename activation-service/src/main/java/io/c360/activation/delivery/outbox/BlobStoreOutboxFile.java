package io.c360.activation.delivery.outbox;

import io.c360.platform.blob.BlobStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Buffers entries and writes each batch as one JSON-lines blob, {@code
 * <prefix><yyyy-MM-dd>/<epochMillis>-<instance>-<n>.jsonl}, when {@link #flush()} runs (every flush
 * interval and at close) or the buffer holds {@code maxBuffered} lines. Blob stores cannot append,
 * so the file of a day is the blobs under its prefix in lexical order.
 */
final class BlobStoreOutboxFile implements OutboxFile {

  private static final Logger log = LoggerFactory.getLogger(BlobStoreOutboxFile.class);

  private final BlobStore blobs;
  private final String prefix;
  private final JsonMapper json;
  private final Clock clock;
  private final int maxBuffered;
  private final String instance = UUID.randomUUID().toString().substring(0, 8);
  private final AtomicLong sequence = new AtomicLong();
  private List<String> buffer = new ArrayList<>();

  private final ScheduledExecutorService flusher;

  /**
   * @param flushInterval how often buffered lines are written, on a daemon thread of this file's
   *     own
   */
  BlobStoreOutboxFile(
      BlobStore blobs,
      String prefix,
      JsonMapper json,
      Clock clock,
      int maxBuffered,
      Duration flushInterval) {
    this.blobs = blobs;
    this.prefix = BlobStore.checkPrefix(prefix);
    this.json = json;
    this.clock = clock;
    this.maxBuffered = maxBuffered;
    this.flusher =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("outbox-file-flush").daemon().factory());
    long millis = Math.max(1, flushInterval.toMillis());
    flusher.scheduleWithFixedDelay(this::flushQuietly, millis, millis, TimeUnit.MILLISECONDS);
  }

  private void flushQuietly() {
    try {
      flush();
    } catch (RuntimeException e) {
      // the lines stay buffered and the next run tries again
      log.warn("could not write the outbox file, will retry: {}", e.getMessage());
    }
  }

  @Override
  public void close() {
    flusher.shutdownNow();
    flush();
  }

  @Override
  public void append(OutboxEntry entry) {
    String line = json.writeValueAsString(entry);
    boolean full;
    synchronized (this) {
      buffer.add(line);
      full = buffer.size() >= maxBuffered;
    }
    if (full) {
      flush();
    }
  }

  @Override
  public void flush() {
    List<String> lines;
    synchronized (this) {
      if (buffer.isEmpty()) {
        return;
      }
      lines = buffer;
      buffer = new ArrayList<>();
    }
    Instant now = clock.instant();
    String key =
        prefix
            + now.atOffset(ZoneOffset.UTC).toLocalDate()
            + "/"
            + String.format("%013d", now.toEpochMilli())
            + "-"
            + instance
            + "-"
            + sequence.incrementAndGet()
            + ".jsonl";
    byte[] content = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    try {
      blobs.write(key, out -> out.write(content));
    } catch (IOException e) {
      synchronized (this) {
        lines.addAll(buffer);
        buffer = lines;
      }
      throw new UncheckedIOException("could not write the outbox blob " + key, e);
    }
  }
}
