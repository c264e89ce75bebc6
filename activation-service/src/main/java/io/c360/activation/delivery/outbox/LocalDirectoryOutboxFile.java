package io.c360.activation.delivery.outbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends entries to {@code <directory>/outbox-<yyyy-MM-dd>.jsonl} (UTC day of recording), one JSON
 * object per line, written and forced to disk before {@code append} returns.
 */
final class LocalDirectoryOutboxFile implements OutboxFile {

  private final Path directory;
  private final JsonMapper json;

  LocalDirectoryOutboxFile(Path directory, JsonMapper json) {
    this.directory = directory;
    this.json = json;
  }

  @Override
  public synchronized void append(OutboxEntry entry) {
    String day = entry.recordedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString();
    Path file = directory.resolve("outbox-" + day + ".jsonl");
    byte[] line = (json.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
    try {
      Files.createDirectories(directory);
      Files.write(
          file,
          line,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND,
          StandardOpenOption.WRITE,
          StandardOpenOption.SYNC);
    } catch (IOException e) {
      throw new UncheckedIOException("could not append to the outbox file " + file, e);
    }
  }
}
