package io.c360.platform.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Resolves a Segment write key to the source it belongs to, comparing only hashes. */
public final class WriteKeys {

  private final Map<String, String> sourceByHash;

  public WriteKeys(SecurityProperties properties) {
    this.sourceByHash =
        properties.sources().stream()
            .collect(
                Collectors.toUnmodifiableMap(
                    SecurityProperties.Source::writeKeySha256,
                    SecurityProperties.Source::name,
                    (a, b) -> {
                      throw new IllegalStateException(
                          "two sources share one write key: " + a + ", " + b);
                    }));
  }

  /** The source name for a write key, or empty when the key is unknown or blank. */
  public Optional<String> sourceFor(@Nullable String writeKey) {
    if (writeKey == null || writeKey.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(sourceByHash.get(Sha256.hex(writeKey)));
  }

  /**
   * The write key in an {@code Authorization: Basic} header as Segment SDKs send it (the key as the
   * user name, an empty password), or empty when the header is absent or not Basic.
   */
  public static Optional<String> fromBasicHeader(@Nullable String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(authorization.substring(6).trim()),
              StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return Optional.of(colon < 0 ? decoded : decoded.substring(0, colon));
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
  }
}
