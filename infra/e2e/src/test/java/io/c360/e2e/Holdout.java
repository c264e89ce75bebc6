package io.c360.e2e;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The control-group rule as docs/activation.md states it: SHA-256 of {@code
 * experimentKey:profileId}, the first 8 bytes as an unsigned number modulo 10,000 basis points;
 * below {@code holdoutPercent × 100} is control. The test computes it on its own to know which
 * outcome to expect.
 */
final class Holdout {

  private Holdout() {}

  static boolean isControl(String experimentKey, String profileId, double holdoutPercent) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((experimentKey + ":" + profileId).getBytes(StandardCharsets.UTF_8));
      long bucket = Long.remainderUnsigned(ByteBuffer.wrap(digest).getLong(), 10_000);
      return bucket < holdoutPercent * 100;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
