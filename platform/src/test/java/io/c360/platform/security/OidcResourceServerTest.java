package io.c360.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import io.c360.platform.aws.AwsAutoConfiguration;
import io.c360.platform.blob.BlobStoreAutoConfiguration;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The OIDC mode against a JWK set served by the test and JWTs it signs: roles from the configured
 * claim, and the hashed tokens still working beside them.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    classes = OidcResourceServerTest.App.class,
    properties = {
      "c360.security.oidc.enabled=true",
      "c360.security.oidc.issuer-uri=https://idp.example.com/realms/shop",
      "c360.security.oidc.audience=c360",
      "c360.security.oidc.roles-claim=realm_access.roles",
      "c360.security.oidc.role-prefix=c360-",
      "c360.security.tokens[0].name=ops",
      "c360.security.tokens[0].sha256=b596e92f0e1b0bbd95c78311e78c1ae23c010780d9b52043e808e4234730a8a4",
      "c360.security.tokens[0].roles=admin"
    })
class OidcResourceServerTest {

  private static final String ISSUER = "https://idp.example.com/realms/shop";
  private static final RSAKey KEY = rsaKey("idp-key");
  private static final RSAKey STRANGER = rsaKey("stranger-key");
  private static final HttpServer JWKS = serve(new JWKSet(KEY.toPublicJWK()));

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  @SpringBootConfiguration
  @EnableAutoConfiguration(exclude = {AwsAutoConfiguration.class, BlobStoreAutoConfiguration.class})
  static class App {

    /** A protected endpoint (registered as a member of this configuration). */
    @RestController
    static class Campaigns {
      @GetMapping("/v1/campaigns")
      String list() {
        return "[]";
      }
    }

    @Bean
    EndpointRoles campaignRoles() {
      return registry -> registry.requestMatchers("/v1/campaigns").hasAnyRole("MARKETER", "ADMIN");
    }
  }

  @DynamicPropertySource
  static void jwkSet(DynamicPropertyRegistry registry) {
    registry.add(
        "c360.security.oidc.jwk-set-uri",
        () -> "http://localhost:" + JWKS.getAddress().getPort() + "/jwks");
  }

  @AfterAll
  static void stopJwks() {
    JWKS.stop(0);
  }

  @Test
  void acceptsAJwtOfTheIssuerWithTheRoleInItsClaim() {
    String jwt = sign(KEY, claims(List.of("offline_access", "c360-marketer")).build());

    assertThat(get(jwt).statusCode()).isEqualTo(200);
  }

  @Test
  void refusesAJwtWithoutTheRole403() {
    String jwt = sign(KEY, claims(List.of("c360-app")).build());

    HttpResponse<String> answer = get(jwt);
    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  @Test
  void refusesAJwtSignedByAnotherKeyExpiredOrForAnotherAudience401() {
    var expired =
        claims(List.of("c360-marketer"))
            .issueTime(Date.from(Instant.now().minusSeconds(7200)))
            .expirationTime(Date.from(Instant.now().minusSeconds(3600)))
            .build();
    var otherAudience = claims(List.of("c360-marketer")).audience("billing").build();
    var otherIssuer = claims(List.of("c360-marketer")).issuer("https://evil.example.com").build();

    for (String jwt :
        List.of(
            sign(STRANGER, claims(List.of("c360-marketer")).build()),
            sign(KEY, expired),
            sign(KEY, otherAudience),
            sign(KEY, otherIssuer))) {
      HttpResponse<String> answer = get(jwt);
      assertThat(answer.statusCode()).isEqualTo(401);
      assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }
  }

  @Test
  void keepsTheHashedTokensWorkingBesideJwts() {
    // the secret whose SHA-256 is configured above
    assertThat(Sha256.hex("ops-secret-for-the-oidc-test"))
        .isEqualTo("b596e92f0e1b0bbd95c78311e78c1ae23c010780d9b52043e808e4234730a8a4");
    assertThat(get("ops-secret-for-the-oidc-test").statusCode()).isEqualTo(200);
    assertThat(get("not-a-configured-token").statusCode()).isEqualTo(401);
    assertThat(get(null).statusCode()).isEqualTo(401);
  }

  private HttpResponse<String> get(String token) {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/campaigns"));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JWTClaimsSet.Builder claims(List<String> roles) {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .subject("ann.marketer")
        .audience(List.of("c360", "account"))
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(300)))
        .claim("realm_access", Map.of("roles", roles));
  }

  private static String sign(RSAKey key, JWTClaimsSet claims) {
    try {
      var jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static RSAKey rsaKey(String id) {
    try {
      return new RSAKeyGenerator(2048).keyID(id).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static HttpServer serve(JWKSet keys) {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      byte[] body = keys.toString().getBytes(StandardCharsets.UTF_8);
      server.createContext(
          "/jwks",
          exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
          });
      server.start();
      return server;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
