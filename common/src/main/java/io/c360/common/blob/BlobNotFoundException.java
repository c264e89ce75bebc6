package io.c360.common.blob;

import java.io.FileNotFoundException;

/** No blob at the key. */
public class BlobNotFoundException extends FileNotFoundException {

  public BlobNotFoundException(String key) {
    super("no blob at '" + key + "'");
  }
}
