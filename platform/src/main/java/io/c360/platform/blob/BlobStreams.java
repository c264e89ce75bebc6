package io.c360.platform.blob;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Stream copying shared by the adapters. */
final class BlobStreams {

  private static final int BUFFER = 64 * 1024;

  private BlobStreams() {}

  /**
   * Copies exactly {@code length} bytes, leaving anything after them unread.
   *
   * @throws IOException when the stream ends sooner
   */
  static void copyExactly(InputStream in, OutputStream out, long length, String key)
      throws IOException {
    byte[] buffer = new byte[(int) Math.min(BUFFER, Math.max(1, length))];
    long remaining = length;
    while (remaining > 0) {
      int n = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
      if (n < 0) {
        throw new IOException(
            "blob '"
                + key
                + "' was said to hold "
                + length
                + " bytes but its stream ended after "
                + (length - remaining));
      }
      out.write(buffer, 0, n);
      remaining -= n;
    }
  }
}
