package io.c360.activation.delivery.outbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.util.List;
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
  public synchronized void forget(String profileId) {
    if (!Files.isDirectory(directory)) {
      return;
    }
    try (var files = Files.list(directory)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".jsonl")).toList()) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> kept =
            lines.stream()
                .filter(
                    line -> !profileId.equals(json.readValue(line, OutboxEntry.class).profileId()))
                .toList();
        if (kept.size() < lines.size()) {
          Path rewritten = file.resolveSibling(file.getFileName() + ".tmp");
          Files.write(rewritten, kept, StandardCharsets.UTF_8);
          Files.move(
              rewritten,
              file,
              java.nio.file.StandardCopyOption.REPLACE_EXISTING,
              java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not remove an erased profile from " + directory, e);
    }
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
