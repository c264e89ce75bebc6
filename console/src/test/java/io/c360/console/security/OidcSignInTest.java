package io.c360.console.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The OIDC mode: no local users needed; the sign-in page offers the configured provider, and
 * choosing it sends the browser to the provider's authorization endpoint with the console's client
 * id. (What the provider answers is Spring Security's OAuth2 client; the roles claim is read by
 * {@link RoleClaims}.)
 */
@SpringBootTest(
    properties = {
      "c360.console.services.token=test-token-not-used",
      "c360.console.services.ingest=http://localhost:9",
      "c360.console.services.identity=http://localhost:9",
      "c360.console.services.scoring=http://localhost:9",
      "c360.console.services.recommendation=http://localhost:9",
      "c360.console.services.activation=http://localhost:9",
      "c360.console.security.mode=oidc",
      "spring.security.oauth2.client.registration.corp.client-id=c360-console",
      "spring.security.oauth2.client.registration.corp.client-secret=test-only",
      "spring.security.oauth2.client.registration.corp.client-name=Corp SSO",
      "spring.security.oauth2.client.registration.corp.scope=openid,profile",
      "spring.security.oauth2.client.registration.corp.authorization-grant-type=authorization_code",
      "spring.security.oauth2.client.registration.corp.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
      "spring.security.oauth2.client.provider.corp.authorization-uri=https://sso.example.com/authorize",
      "spring.security.oauth2.client.provider.corp.token-uri=https://sso.example.com/token",
      "spring.security.oauth2.client.provider.corp.jwk-set-uri=https://sso.example.com/jwks",
      "spring.security.oauth2.client.provider.corp.user-info-uri=https://sso.example.com/userinfo",
      "spring.security.oauth2.client.provider.corp.user-name-attribute=sub"
    })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OidcSignInTest {

  @Autowired MockMvc mvc;

  @Test
  void offersTheProviderAndSendsTheBrowserToItsAuthorizationEndpoint() throws Exception {
    var page = mvc.perform(get("/login")).andReturn().getResponse();
    assertThat(page.getContentAsString())
        .contains("Sign in with Corp SSO")
        .contains("/oauth2/authorization/corp")
        .doesNotContain("id=\"password\"");

    var redirect = mvc.perform(get("/oauth2/authorization/corp")).andReturn().getResponse();
    assertThat(redirect.getStatus()).isEqualTo(302);
    assertThat(redirect.getRedirectedUrl())
        .startsWith("https://sso.example.com/authorize")
        .contains("client_id=c360-console")
        .contains("scope=openid");
  }

  @Test
  void sendsPeopleWhoAreNotSignedInToTheSignInPage() throws Exception {
    var response = mvc.perform(get("/audiences")).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(302);
    assertThat(response.getRedirectedUrl()).endsWith("/login");
  }
}
