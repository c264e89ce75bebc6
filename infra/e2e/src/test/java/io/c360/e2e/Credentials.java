package io.c360.e2e;

import io.c360.platform.security.Sha256;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The secrets of one test run: a Segment write key for source {@code web} and a bearer token per
 * role. They are made at random and live only in this JVM and the services' memory; the services
 * read only their SHA-256 hashes ({@link #securityYaml()}).
 */
record Credentials(
    String writeKey,
    String adminToken,
    String analystToken,
    String marketerToken,
    String appToken) {

  /** The source name stamped on events sent with {@link #writeKey()}. */
  static final String SOURCE = "web";

  static Credentials random() {
    return new Credentials(secret(), secret(), secret(), secret(), secret());
  }

  /** {@code c360.security.*} with hashes only, for {@code --spring.config.additional-location}. */
  String securityYaml() {
    return """
        c360:
          security:
            sources:
              - name: %s
                write-key-sha256: %s
                allowed-origins: ["http://127.0.0.1:*"]
            tokens:
              - name: e2e-admin
                sha256: %s
                roles: [admin]
              - name: e2e-analyst
                sha256: %s
                roles: [analyst]
              - name: e2e-marketer
                sha256: %s
                roles: [marketer]
              - name: e2e-app
                sha256: %s
                roles: [app]
        """
        .formatted(
            SOURCE,
            Sha256.hex(writeKey),
            Sha256.hex(adminToken),
            Sha256.hex(analystToken),
            Sha256.hex(marketerToken),
            Sha256.hex(appToken));
  }

  private static String secret() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  @Override
  public String toString() {
    return "Credentials[secrets hidden]";
  }
}
