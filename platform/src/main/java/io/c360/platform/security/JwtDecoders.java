package io.c360.platform.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** The JWT decoder of the OIDC mode: signature from the JWK set, then time, issuer, audience. */
final class JwtDecoders {

  private JwtDecoders() {}

  static JwtDecoder of(SecurityProperties.Oidc oidc) {
    String issuer = oidc.issuerUri();
    boolean hasIssuer = issuer != null && !issuer.isBlank();
    NimbusJwtDecoder decoder =
        oidc.jwkSetUri() != null && !oidc.jwkSetUri().isBlank()
            ? NimbusJwtDecoder.withJwkSetUri(oidc.jwkSetUri()).build()
            : NimbusJwtDecoder.withIssuerLocation(issuer).build();
    List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
    validators.add(
        hasIssuer ? JwtValidators.createDefaultWithIssuer(issuer) : JwtValidators.createDefault());
    String audience = oidc.audience();
    if (audience != null && !audience.isBlank()) {
      validators.add(
          new JwtClaimValidator<List<String>>(
              JwtClaimNames.AUD, aud -> aud != null && aud.contains(audience)));
    }
    decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
    return decoder;
  }
}
