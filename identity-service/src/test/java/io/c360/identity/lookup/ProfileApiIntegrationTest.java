package io.c360.identity.lookup;

import static io.c360.identity.support.IdentityClient.ADMIN_TOKEN;
import static io.c360.identity.support.IdentityClient.ANALYST_TOKEN;
import static io.c360.identity.support.IdentityClient.APP_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.json.EventJson;
import io.c360.common.score.ProfileScore;
import io.c360.common.score.ScoreReason;
import io.c360.common.table.Tables;
import io.c360.devstack.test.ApiClient.Response;
import io.c360.devstack.test.DevStackExtension;
import io.c360.devstack.test.Eventually;
import io.c360.identity.IdentityIntegrationTest;
import io.c360.identity.support.EventSender;
import io.c360.identity.support.Events;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Security and bad input on every endpoint: the right status and a problem body, never a 5xx. */
class ProfileApiIntegrationTest extends IdentityIntegrationTest {

  @Autowired DynamoDbClient dynamo;

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

  @Test
  void showsTheScoresScoringServiceWroteOntoTheProfile() {
    String id = newProfile();
    ProfileScore score =
        new ProfileScore(
            "churn_90d",
            3,
            0.81,
            Instant.parse("2026-11-20T10:00:00Z"),
            List.of(new ScoreReason("days_since_last_order", 120.0, 0.9)));
    dynamo.updateItem(
        r ->
            r.tableName(DevStackExtension.stack().tablePrefix() + Tables.PROFILES.name())
                .key(Map.of("profileId", AttributeValue.fromS(id)))
                .updateExpression("SET #scores = :s")
                .expressionAttributeNames(Map.of("#scores", "scores"))
                .expressionAttributeValues(
                    Map.of(
                        ":s",
                        AttributeValue.fromM(
                            Map.of(
                                "churn_90d",
                                AttributeValue.fromS(
                                    EventJson.mapper().writeValueAsString(score)))))));

    Response profile = client().get("/v1/profiles/" + id, ANALYST_TOKEN);

    assertThat(profile.json().get("scores").get("churn_90d").get("score").asDouble())
        .isEqualTo(0.81);
    assertThat(profile.json().get("scores").get("churn_90d").get("modelVersion").asInt())
        .isEqualTo(3);
    assertThat(profile.json().get("version").asLong()).isPositive();
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
