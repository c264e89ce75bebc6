package io.c360.platform.blob;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Where blobs live (raw landing zone, import files, training sets, models, exports): a local
 * directory by default, S3 when configured. Keys are relative paths such as {@code
 * imports/pos-2026-11-01.csv}; absolute paths, {@code ..}, {@code .} and empty segments,
 * backslashes and colons are refused with an {@link IllegalArgumentException}.
 *
 * <p>Reads and writes stream, so a blob is never held in memory whole. A write either stores the
 * whole blob or leaves the key as it was: readers never see half a blob. Failures of the storage
 * itself surface as {@link IOException}s.
 */
public interface BlobStore {

  /**
   * Opens a blob for reading; the caller closes the stream.
   *
   * @throws BlobNotFoundException when there is no blob at the key
   */
  InputStream open(String key) throws IOException;

  /**
   * Writes a blob of unknown length from a stream, replacing any blob at the key. The stream is
   * read to its end but not closed.
   */
  default void put(String key, InputStream content) throws IOException {
    write(key, content::transferTo);
  }

  /**
   * Writes a blob of known length from a stream, replacing any blob at the key: the next {@code
   * length} bytes of the stream, which is not read further nor closed. Adapters may use the length
   * to upload in one request. When the stream ends sooner, nothing is stored.
   */
  void put(String key, InputStream content, long length) throws IOException;

  /**
   * Writes a blob by handing the writer a stream, replacing any blob at the key. The blob is stored
   * only when the writer returns normally; when it throws, nothing is stored and the exception
   * propagates. The writer may close the stream.
   */
  void write(String key, BlobWriter writer) throws IOException;

  boolean exists(String key) throws IOException;

  /**
   * Size in bytes.
   *
   * @throws BlobNotFoundException when there is no blob at the key
   */
  long size(String key) throws IOException;

  /**
   * Keys that start with the prefix, in lexical order; an empty prefix lists every blob. A prefix
   * need not end at a {@code /}: {@code imports/pos-} lists {@code imports/pos-2026-11-01.csv}.
   */
  List<String> list(String prefix) throws IOException;

  /** Deletes the blob at the key; deleting a blob that does not exist does nothing. */
  void delete(String key) throws IOException;

  /**
   * Checks a key and returns it.
   *
   * @throws IllegalArgumentException when it is not a safe, relative key
   */
  static String checkKey(String key) {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("a blob key must not be blank");
    }
    checkPrefix(key);
    if (key.endsWith("/")) {
      throw new IllegalArgumentException("a blob key must not end with '/': '" + key + "'");
    }
    return key;
  }

  /**
   * Checks a key prefix ({@code ""}, {@code imports/}, {@code imports/pos-}) and returns it.
   *
   * @throws IllegalArgumentException when keys with this prefix could not be safe keys
   */
  static String checkPrefix(String prefix) {
    if (prefix == null) {
      throw new IllegalArgumentException("a blob key prefix must not be null; use \"\"");
    }
    if (prefix.startsWith("/") || prefix.contains("\\") || prefix.contains(":")) {
      throw new IllegalArgumentException(
          "a blob key is a relative path with '/' separators, not '" + prefix + "'");
    }
    if (prefix.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(
          "a blob key must not contain control characters: '" + prefix + "'");
    }
    String[] segments = prefix.split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      boolean last = i == segments.length - 1;
      if (segment.equals("..") || segment.equals(".") || (segment.isEmpty() && !last)) {
        throw new IllegalArgumentException(
            "a blob key must not contain empty, '.' or '..' segments: '" + prefix + "'");
      }
    }
    return prefix;
  }
}
