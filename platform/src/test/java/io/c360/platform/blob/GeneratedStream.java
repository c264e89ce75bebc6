package io.c360.platform.blob;

import java.io.InputStream;
import java.util.zip.CRC32;

/**
 * A stream of a given number of pseudo-random bytes made on the fly, so a test can write a large
 * blob without holding it in memory. The same length always yields the same bytes.
 */
final class GeneratedStream extends InputStream {

  private final long length;
  private long position;
  private long state = 0x9E3779B97F4A7C15L;

  GeneratedStream(long length) {
    this.length = length;
  }

  /** CRC32 of the bytes a stream of this length yields. */
  static long crc32(long length) {
    return crc32(new GeneratedStream(length));
  }

  /** CRC32 of everything the stream yields, read in chunks. */
  static long crc32(InputStream in) {
    try (in) {
      CRC32 crc = new CRC32();
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = in.read(buffer)) >= 0; ) {
        crc.update(buffer, 0, n);
      }
      return crc.getValue();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private int next() {
    state ^= state << 13;
    state ^= state >>> 7;
    state ^= state << 17;
    return (int) (state & 0xff);
  }

  @Override
  public int read() {
    if (position >= length) {
      return -1;
    }
    position++;
    return next();
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (len == 0) {
      return 0;
    }
    if (position >= length) {
      return -1;
    }
    int n = (int) Math.min(len, length - position);
    for (int i = 0; i < n; i++) {
      b[off + i] = (byte) next();
    }
    position += n;
    return n;
  }
}
