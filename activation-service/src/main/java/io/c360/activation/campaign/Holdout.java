package io.c360.activation.campaign;

import io.c360.activation.profile.ProfileId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The control-group assignment: SHA-256 of {@code experimentKey + ":" + profileId}, its first 8
 * bytes read as an unsigned number and mapped to [0, 10000) basis points; below {@code holdout % ×
 * 100} is control. The same profile and key always land in the same group, on every instance,
 * channel and export, and distinct keys give independent splits.
 */
public final class Holdout {

  private Holdout() {}

  public static Group assign(ProfileId profile, String experimentKey, double holdoutPercent) {
    return bucket(profile, experimentKey) < holdoutPercent * 100 ? Group.CONTROL : Group.TREATMENT;
  }

  /** The profile's bucket in [0, 10000) for the key. */
  static long bucket(ProfileId profile, String experimentKey) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((experimentKey + ":" + profile.value()).getBytes(StandardCharsets.UTF_8));
      return Long.remainderUnsigned(ByteBuffer.wrap(digest).getLong(), 10_000);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
