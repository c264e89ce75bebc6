package io.c360.platform.blob;

import java.io.FileNotFoundException;

/** No blob at the key. */
public class BlobNotFoundException extends FileNotFoundException {

  private final String key;

  public BlobNotFoundException(String key) {
    super("no blob at '" + key + "'");
    this.key = key;
  }

  /**
   * @param key the key asked for
   * @param store where it was looked for, e.g. {@code s3://bucket/prefix/} or a directory
   */
  public BlobNotFoundException(String key, String store) {
    super("no blob at '" + key + "' in " + store);
    this.key = key;
  }

  /** The key asked for. */
  public String key() {
    return key;
  }
}
