package io.c360.common.blob;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Blobs as files under a root directory. Writes go to a temporary file that is then moved into
 * place atomically, so a reader never sees half a blob.
 */
public final class LocalDirectoryBlobStore implements BlobStore {

  private final Path root;

  public LocalDirectoryBlobStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  private Path resolve(String key) {
    Path path = root.resolve(BlobStore.checkKey(key)).normalize();
    if (!path.startsWith(root)) {
      throw new IllegalArgumentException("blob key '" + key + "' leaves the blob root");
    }
    return path;
  }

  @Override
  public InputStream open(String key) throws IOException {
    try {
      return Files.newInputStream(resolve(key));
    } catch (NoSuchFileException e) {
      throw new BlobNotFoundException(key);
    }
  }

  @Override
  public void put(String key, InputStream content) throws IOException {
    Path target = resolve(key);
    Files.createDirectories(target.getParent());
    Path temp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
    try {
      Files.copy(content, temp, StandardCopyOption.REPLACE_EXISTING);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  @Override
  public boolean exists(String key) {
    return Files.isRegularFile(resolve(key));
  }

  @Override
  public long size(String key) throws IOException {
    try {
      return Files.size(resolve(key));
    } catch (NoSuchFileException e) {
      throw new BlobNotFoundException(key);
    }
  }

  @Override
  public List<String> list(String prefix) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(k -> k.startsWith(prefix) && !k.contains("/.upload-"))
          .sorted()
          .toList();
    }
  }

  @Override
  public void delete(String key) throws IOException {
    Files.deleteIfExists(resolve(key));
  }
}
