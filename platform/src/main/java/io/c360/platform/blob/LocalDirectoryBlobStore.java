package io.c360.platform.blob;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Blobs as files under a root directory, the key being the path relative to the root. Writes go to
 * a hidden temporary file next to the target, which is flushed to disk and then moved into place
 * atomically, so a reader never sees half a blob and a failed write leaves nothing behind. Keys are
 * checked with {@link BlobStore#checkKey} and resolved paths must stay under the root, so no key
 * reaches a file outside it.
 */
public final class LocalDirectoryBlobStore implements BlobStore {

  private static final String TEMP_PREFIX = ".c360-upload-";
  private static final String TEMP_SUFFIX = ".tmp";
  private static final int BUFFER = 64 * 1024;

  private final Path root;

  public LocalDirectoryBlobStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** The directory blobs are kept under. */
  public Path root() {
    return root;
  }

  private Path resolve(String key) {
    Path path = root.resolve(BlobStore.checkKey(key)).normalize();
    if (!path.startsWith(root) || path.equals(root)) {
      throw new IllegalArgumentException("blob key '" + key + "' leaves the blob root");
    }
    return path;
  }

  @Override
  public InputStream open(String key) throws IOException {
    Path path = resolve(key);
    if (!Files.isRegularFile(path)) {
      throw notFound(key);
    }
    try {
      return Files.newInputStream(path);
    } catch (NoSuchFileException e) {
      throw notFound(key);
    }
  }

  @Override
  public void put(String key, InputStream content, long length) throws IOException {
    if (length < 0) {
      throw new IllegalArgumentException("length must not be negative: " + length);
    }
    write(key, out -> BlobStreams.copyExactly(content, out, length, key));
  }

  @Override
  public void write(String key, BlobWriter writer) throws IOException {
    Path target = resolve(key);
    Path parent = target.getParent();
    Files.createDirectories(parent);
    Path temp = Files.createTempFile(parent, TEMP_PREFIX, TEMP_SUFFIX);
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        OutputStream file = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER);
        writer.writeTo(new UnclosableOutputStream(file));
        file.flush();
        channel.force(false);
      }
      try {
        Files.move(
            temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
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
    Path path = resolve(key);
    if (!Files.isRegularFile(path)) {
      throw notFound(key);
    }
    try {
      return Files.size(path);
    } catch (NoSuchFileException e) {
      throw notFound(key);
    }
  }

  @Override
  public List<String> list(String prefix) throws IOException {
    BlobStore.checkPrefix(prefix);
    int slash = prefix.lastIndexOf('/');
    Path start = slash < 0 ? root : resolve(prefix.substring(0, slash));
    if (!Files.isDirectory(start)) {
      return List.of();
    }
    List<String> keys = new ArrayList<>();
    Files.walkFileTree(
        start,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            String name = file.getFileName().toString();
            boolean temporary = name.startsWith(TEMP_PREFIX) && name.endsWith(TEMP_SUFFIX);
            if (attributes.isRegularFile() && !temporary) {
              String key = root.relativize(file).toString().replace('\\', '/');
              if (key.startsWith(prefix)) {
                keys.add(key);
              }
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (e instanceof NoSuchFileException) {
              return FileVisitResult.CONTINUE; // removed or moved while listing
            }
            throw e;
          }
        });
    keys.sort(null);
    return List.copyOf(keys);
  }

  @Override
  public void delete(String key) throws IOException {
    Path path = resolve(key);
    if (Files.isRegularFile(path)) {
      Files.deleteIfExists(path);
    }
  }

  private BlobNotFoundException notFound(String key) {
    return new BlobNotFoundException(key, root.toString());
  }

  @Override
  public String toString() {
    return "LocalDirectoryBlobStore[" + root + "]";
  }

  /** Hands the writer a stream whose close only flushes: the store closes and commits the file. */
  private static final class UnclosableOutputStream extends FilterOutputStream {

    UnclosableOutputStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
