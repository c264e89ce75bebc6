package io.c360.activation.delivery.outbox;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The outbox ({@code c360.activation.delivery.outbox.*}). Its records live in the {@code
 * activation-outbox} table; {@code file} says where its JSON-lines copy goes.
 */
@Validated
@ConfigurationProperties("c360.activation.delivery.outbox")
public record OutboxProperties(@Valid File file) {

  public OutboxProperties(@Nullable File file) {
    this.file = file == null ? new File(null, null, null, null, 0) : file;
  }

  /** Where the JSON-lines copy of the outbox goes. */
  public enum FileType {
    /** {@code <directory>/outbox-<day>.jsonl}, appended line by line */
    LOCAL,
    /** blobs of buffered lines under {@code <blob-prefix><day>/} in the blob store */
    BLOBSTORE,
    /** no file, only the table */
    NONE
  }

  /**
   * @param type local (default), blobstore or none
   * @param directory for {@code local}; default {@code ./.c360/data/outbox}
   * @param blobPrefix for {@code blobstore}; default {@code outbox/}
   * @param flushInterval for {@code blobstore}: how often buffered lines are written; default 10 s
   * @param maxBuffered for {@code blobstore}: lines that trigger a write before the interval;
   *     default 1000
   */
  public record File(
      @Nullable FileType type,
      @Nullable Path directory,
      @Nullable String blobPrefix,
      @Nullable Duration flushInterval,
      @Min(0) @Max(100_000) int maxBuffered) {

    public File {
      type = type == null ? FileType.LOCAL : type;
      directory = directory == null ? Path.of(".c360", "data", "outbox") : directory;
      blobPrefix = blobPrefix == null || blobPrefix.isBlank() ? "outbox/" : blobPrefix;
      flushInterval = flushInterval == null ? Duration.ofSeconds(10) : flushInterval;
      maxBuffered = maxBuffered == 0 ? 1000 : maxBuffered;
    }
  }
}
