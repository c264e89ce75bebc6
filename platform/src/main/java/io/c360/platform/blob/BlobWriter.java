package io.c360.platform.blob;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a blob's content to a stream handed out by {@link BlobStore#write}. */
@FunctionalInterface
public interface BlobWriter {

  void writeTo(OutputStream out) throws IOException;
}
