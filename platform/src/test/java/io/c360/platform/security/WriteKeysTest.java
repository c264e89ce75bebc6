package io.c360.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

class WriteKeysTest {

  private static final SecurityProperties PROPERTIES =
      new SecurityProperties(
          List.of(
              new SecurityProperties.Source("web", Sha256.hex("web-key"), List.of()),
              new SecurityProperties.Source("pos", Sha256.hex("pos-key"), List.of())),
          List.of(
              new SecurityProperties.Token(
                  "ops", Sha256.hex("ops-token"), Set.of(Role.ADMIN, Role.ANALYST))),
          null);

  @Test
  void resolvesAWriteKeyToItsSourceByHash() {
    WriteKeys keys = new WriteKeys(PROPERTIES);

    assertThat(keys.sourceFor("web-key")).contains("web");
    assertThat(keys.sourceFor("pos-key")).contains("pos");
    assertThat(keys.sourceFor("nope")).isEmpty();
    assertThat(keys.sourceFor("")).isEmpty();
    assertThat(keys.sourceFor(null)).isEmpty();
  }

  @Test
  void readsTheWriteKeyFromBasicAuthAsSegmentSdksSendIt() {
    String header =
        "Basic " + Base64.getEncoder().encodeToString("web-key:".getBytes(StandardCharsets.UTF_8));

    assertThat(WriteKeys.fromBasicHeader(header)).contains("web-key");
    assertThat(WriteKeys.fromBasicHeader("Bearer web-key")).isEmpty();
    assertThat(WriteKeys.fromBasicHeader("Basic ***not base64***")).isEmpty();
    assertThat(WriteKeys.fromBasicHeader(null)).isEmpty();
  }

  @Test
  void refusesTwoSourcesWithOneKey() {
    var clash =
        new SecurityProperties(
            List.of(
                new SecurityProperties.Source("a", Sha256.hex("k"), List.of()),
                new SecurityProperties.Source("b", Sha256.hex("k"), List.of())),
            List.of(),
            null);
    assertThatThrownBy(() -> new WriteKeys(clash)).hasMessageContaining("share one write key");
  }

  @Test
  void authenticatesABearerTokenWithItsRolesAndNameButNotTheSecret() {
    ApiTokens tokens = new ApiTokens(PROPERTIES);

    var result =
        tokens.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(null, "ops-token"));

    assertThat(result.getName()).isEqualTo("ops");
    assertThat(result.getCredentials()).isNull();
    assertThat(result.getAuthorities())
        .extracting(a -> a.getAuthority())
        .containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_ANALYST");
    assertThatThrownBy(
            () ->
                tokens.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(null, "guess")))
        .isInstanceOf(BadCredentialsException.class);
  }

  @Test
  void hashesLikeSha256sum() {
    // printf %s test-admin-token | sha256sum
    assertThat(Sha256.hex("test-admin-token"))
        .isEqualTo("17d6bfe05d1b1fb7bc499f8e3f639c7b3eda4c40f321eef8887a0c04c89a99c5");
  }
}
