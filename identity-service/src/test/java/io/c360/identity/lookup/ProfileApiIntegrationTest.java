package io.c360.identity.lookup;

import static io.c360.identity.support.IdentityClient.ADMIN_TOKEN;
import static io.c360.identity.support.IdentityClient.ANALYST_TOKEN;
import static io.c360.identity.support.IdentityClient.APP_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.c360.devstack.test.ApiClient.Response;
import io.c360.devstack.test.Eventually;
import io.c360.identity.IdentityIntegrationTest;
import io.c360.identity.support.EventSender;
import io.c360.identity.support.Events;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Security and bad input on every endpoint: the right status and a problem body, never a 5xx. */
class ProfileApiIntegrationTest extends IdentityIntegrationTest {

  @ParameterizedTest
  @CsvSource({
    "GET, /v1/profiles/p-1",
    "GET, /v1/profiles?email=a@example.com",
    "GET, /v1/profiles/p-1/timeline",
    "GET, /v1/profiles/p-1/identities",
    "DELETE, /v1/profiles/p-1",
    "POST, /v1/profiles/p-1/unmerge"
  })
  void everyEndpointNeedsAToken(String method, String path) {
    Response response = call(method, path, null);
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.contentType()).startsWith("application/problem+json");
  }

  @ParameterizedTest
  @CsvSource({
    "GET, /v1/profiles/p-1, " + APP_TOKEN,
    "GET, /v1/profiles?email=a@example.com, " + APP_TOKEN,
    "GET, /v1/profiles/p-1/timeline, " + APP_TOKEN,
    "GET, /v1/profiles/p-1/identities, " + APP_TOKEN,
    "DELETE, /v1/profiles/p-1, " + ANALYST_TOKEN,
    "POST, /v1/profiles/p-1/unmerge, " + ANALYST_TOKEN
  })
  void everyEndpointRefusesTheWrongRole(String method, String path, String token) {
    Response response = call(method, path, token);
    assertThat(response.status()).isEqualTo(403);
    assertThat(response.contentType()).startsWith("application/problem+json");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "/v1/profiles?email=not-an-email | 'not-an-email' is not a valid email",
        "/v1/profiles?phone=12 | is not a valid phone",
        "/v1/profiles?nickname=ann | unknown parameter 'nickname'",
        "/v1/profiles?email=a@example.com&userId=u1 | give exactly one of",
        "/v1/profiles | give exactly one of",
        "/v1/profiles/p-1/timeline?limit=0 | limit must be between 1 and 1000",
        "/v1/profiles/p-1/timeline?limit=many | parameter 'limit' has an invalid value",
        "/v1/profiles/p-1/timeline?from=yesterday | is not an ISO-8601 instant",
        "/v1/profiles/p-1/timeline?after=%25%25 | is not a cursor this API returned",
        "/v1/profiles/p-1/timeline?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z"
            + " | from must be before to"
      })
  void badQueriesAreAnswered400WithWhatToFix(String path, String detail) {
    Response response = client().get(path, ANALYST_TOKEN);
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("detail").asString()).contains(detail);
  }

  @Test
  void unknownProfilesAre404() {
    for (String path :
        new String[] {
          "/v1/profiles/no-such-profile",
          "/v1/profiles?userId=no-such-user",
          "/v1/profiles/no-such-profile/identities"
        }) {
      Response response = client().get(path, ANALYST_TOKEN);
      assertThat(response.status()).as(path).isEqualTo(404);
      assertThat(response.contentType()).startsWith("application/problem+json");
    }
    assertThat(client().delete("/v1/profiles/no-such-profile", ADMIN_TOKEN).status())
        .isEqualTo(404);
  }

  @Test
  void aMalformedUnmergeBodyIs400() {
    String id = newProfile();
    Response response = client().post("/v1/profiles/" + id + "/unmerge", "{oops", ADMIN_TOKEN);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
  }

  /** A profile made by identifying a new user, once identity-service has resolved it. */
  private String newProfile() {
    String user = Events.unique("user");
    EventSender.send(Events.identify(Instant.now(), user, null, null));
    Eventually.assertThat(
        () ->
            assertThat(client().get("/v1/profiles?userId=" + user, ANALYST_TOKEN).status())
                .isEqualTo(200));
    return client()
        .get("/v1/profiles?userId=" + user, ANALYST_TOKEN)
        .json()
        .get("profileId")
        .asString();
  }

  private Response call(String method, String path, String token) {
    return switch (method) {
      case "GET" -> client().get(path, token);
      case "DELETE" -> client().delete(path, token);
      default -> client().post(path, "{}", token);
    };
  }
}
