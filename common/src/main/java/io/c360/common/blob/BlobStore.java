package io.c360.common.blob;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Where blobs live (raw landing zone, import files, training sets, models, exports): a local
 * directory by default, S3 when configured. Keys are relative paths such as {@code
 * imports/pos-2026-11-01.csv}; absolute paths, {@code ..} segments and backslashes are refused.
 * Reads and writes stream, so a blob is never held in memory whole.
 */
public interface BlobStore {

  /** Opens a blob for reading. @throws BlobNotFoundException when there is none at the key */
  InputStream open(String key) throws IOException;

  /** Writes a blob from a stream, replacing any blob at the key. */
  void put(String key, InputStream content) throws IOException;

  boolean exists(String key) throws IOException;

  /** Size in bytes. @throws BlobNotFoundException when there is none at the key */
  long size(String key) throws IOException;

  /** Keys that start with the prefix, in lexical order. */
  List<String> list(String prefix) throws IOException;

  void delete(String key) throws IOException;

  /** Checks a key and returns it; @throws IllegalArgumentException when it is not a safe key */
  static String checkKey(String key) {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("a blob key must not be blank");
    }
    if (key.startsWith("/") || key.contains("\\") || key.contains(":")) {
      throw new IllegalArgumentException(
          "a blob key is a relative path with '/' separators, not '" + key + "'");
    }
    for (String segment : key.split("/", -1)) {
      if (segment.equals("..") || segment.equals(".") || segment.isEmpty()) {
        throw new IllegalArgumentException(
            "a blob key must not contain empty, '.' or '..' segments: '" + key + "'");
      }
    }
    return key;
  }
}
