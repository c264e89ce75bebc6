package io.c360.platform.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Credentials, configured only as SHA-256 hashes so no secret sits in a committed file.
 *
 * <p>Write keys and API tokens are long random strings, so one fast, unsalted SHA-256 is enough to
 * keep them out of configuration and lets every request be checked with a map lookup (a slow
 * password hash would cap ingest throughput for no gain on high-entropy secrets).
 *
 * @param sources ingest sources, each with the hash of its Segment write key
 * @param tokens bearer tokens for every other API, each with the roles it grants
 * @param oidc the OAuth2/OIDC resource-server mode: JWTs from an identity provider, beside tokens
 */
@Validated
@ConfigurationProperties("c360.security")
public record SecurityProperties(
    List<@Valid Source> sources, List<@Valid Token> tokens, @Valid Oidc oidc) {

  private static final String SHA256_HEX = "[0-9a-f]{64}";

  public SecurityProperties {
    sources = sources == null ? List.of() : List.copyOf(sources);
    tokens = tokens == null ? List.of() : List.copyOf(tokens);
    oidc = oidc == null ? new Oidc(false, null, null, null, null, null) : oidc;
  }

  /**
   * JWT bearer tokens from an OAuth2/OIDC identity provider, accepted beside the hashed tokens.
   *
   * @param enabled the switch
   * @param issuerUri the issuer: checked against each JWT's {@code iss}; without {@code jwkSetUri},
   *     its JWK set is found through OIDC discovery at start
   * @param jwkSetUri where the provider's signing keys are (no discovery)
   * @param audience when set, a JWT must name it in {@code aud}
   * @param rolesClaim the claim holding the roles, a dotted path for nested claims ({@code
   *     realm_access.roles}); a list of strings or one space- or comma-separated string
   * @param rolePrefix stripped from each claim value before it is read as a role ({@code c360-})
   */
  public record Oidc(
      boolean enabled,
      @Nullable String issuerUri,
      @Nullable String jwkSetUri,
      @Nullable String audience,
      @Nullable String rolesClaim,
      @Nullable String rolePrefix) {

    public Oidc {
      rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? "roles" : rolesClaim;
      rolePrefix = rolePrefix == null ? "" : rolePrefix;
      if (enabled && blank(issuerUri) && blank(jwkSetUri)) {
        throw new IllegalArgumentException(
            "c360.security.oidc.enabled needs issuer-uri or jwk-set-uri");
      }
    }

    private static boolean blank(@Nullable String value) {
      return value == null || value.isBlank();
    }
  }

  /**
   * A source of events (web, ios, pos, ...), the hash of its write key, and the web origins whose
   * pages may send its events from a browser (CORS): exact origins ({@code https://shop.example})
   * or patterns with {@code *} for a subdomain or a port ({@code https://*.example.com}, {@code
   * http://localhost:*}). Empty: no browser page may call with this source's key.
   */
  public record Source(
      @NotBlank String name,
      @NotBlank @Pattern(regexp = SHA256_HEX, message = "must be 64 lower-case hex characters")
          String writeKeySha256,
      List<@NotBlank String> allowedOrigins) {

    public Source {
      allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }
  }

  /** A bearer token: a name for audit logs, the hash of the token, and its roles. */
  public record Token(
      @NotBlank String name,
      @NotBlank @Pattern(regexp = SHA256_HEX, message = "must be 64 lower-case hex characters")
          String sha256,
      @NotEmpty Set<Role> roles) {}
}
