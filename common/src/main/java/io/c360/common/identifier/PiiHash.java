package io.c360.common.identifier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash exports carry instead of an email or phone: lower-case hex SHA-256 of the UTF-8 bytes of
 * the normalized value (not of the {@code type#value} key), as ad platforms expect for customer
 * lists, e.g. {@code ann@example.com} or {@code +14155552671}. Taking an {@link Identifier} rather
 * than a string makes sure only normalized values are hashed, so that the same customer always
 * hashes alike.
 */
public final class PiiHash {

  private static final HexFormat HEX = HexFormat.of();

  private PiiHash() {}

  /** Lower-case hex SHA-256 of the identifier's normalized value, 64 characters. */
  public static String sha256Hex(Identifier identifier) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HEX.formatHex(sha256.digest(identifier.value().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM provides SHA-256", e);
    }
  }
}
