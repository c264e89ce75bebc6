package io.c360.recommendation.evaluation;

import static io.c360.recommendation.support.RecommendationClient.ADMIN_TOKEN;
import static io.c360.recommendation.support.RecommendationClient.ANALYST_TOKEN;
import static io.c360.recommendation.support.RecommendationClient.APP_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.identifier.IdentifierType;
import io.c360.devstack.test.ApiClient.Response;
import io.c360.devstack.test.Eventually;
import io.c360.recommendation.RecommendationIntegrationTest;
import io.c360.recommendation.support.RecommendationClient;
import io.c360.recommendation.support.Shop;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * The evaluation API on the real service: a history in the timeline table (as identity-service
 * stores it) is replayed, the report is kept and listed, and {@code email} (policy {@code auto})
 * then serves the policy the evaluation chose and says so.
 */
class EvaluationApiIntegrationTest extends RecommendationIntegrationTest {

  private RecommendationClient client;
  private Shop shop;

  @BeforeEach
  void openShop() {
    client = client();
    shop = new Shop(dynamo);
  }

  @AfterEach
  void closeShop() {
    shop.close();
  }

  @Test
  void evaluatesTheStoredHistoryKeepsTheReportAndAutoFollowsIt() {
    Instant now = Instant.now();
    List<String> staples = new ArrayList<>();
    for (int c = 0; c < 8; c++) {
      String profile = shop.profile();
      String staple = shop.product("staple-" + c, 20);
      staples.add(staple);
      for (int daysAgo : new int[] {40, 30, 20}) {
        shop.storedOrder(profile, now.minus(Duration.ofDays(daysAgo)), staple);
      }
      shop.storedOrder(profile, now.minus(Duration.ofDays(2)), staple);
    }

    Response started =
        client.post(
            "/v1/evaluations", "{\"testDays\": 7, \"bootstrapSamples\": 100}", ANALYST_TOKEN);
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    String id = started.json().get("id").asString();
    assertThat(started.json().get("status").asString()).isEqualTo("RUNNING");

    JsonNode[] job = new JsonNode[1];
    Eventually.assertThat(
        () -> {
          job[0] = client.get("/v1/evaluations/" + id, ANALYST_TOKEN).json();
          assertThat(job[0].get("status").asString()).isIn("RUNNING", "COMPLETED");
          assertThat(job[0].get("status").asString()).isEqualTo("COMPLETED");
        });
    JsonNode done = job[0];
    JsonNode home = context(done, "home");
    assertThat(home.get("testCustomers").asInt()).isGreaterThanOrEqualTo(8);
    assertThat(policy(home, "top-frequency").get("hitRate").asDouble()).isPositive();
    assertThat(policy(home, "exclude-purchased").get("repeatShare").asDouble()).isZero();
    String chosen = context(done, "email").get("auto").get("policy").asString();
    assertThat(chosen).isIn("top-frequency", "buy-again", "blend", "repeat-allowed");

    JsonNode listed = client.get("/v1/evaluations?context=home", ADMIN_TOKEN).json();
    JsonNode mine = null;
    for (JsonNode summary : listed) {
      if (summary.get("id").asString().equals(id)) {
        mine = summary;
      }
    }
    assertThat(mine).isNotNull();
    assertThat(mine.get("contexts").has("home")).isTrue();
    assertThat(mine.get("contexts").has("email")).isFalse();
    assertThat(mine.get("contexts").get("home").get("hitRate").has("top-frequency")).isTrue();

    String ann = shop.profile();
    shop.link(IdentifierType.USER_ID, "ann-" + ann, ann);
    for (int order = 0; order < 3; order++) {
      shop.bought(ann, staples.getFirst());
    }
    Eventually.assertThat(
        () -> {
          JsonNode answer =
              client
                  .get(
                      "/v1/recommendations?userId=ann-"
                          + ann
                          + "&context=email&category="
                          + shop.category(),
                      APP_TOKEN)
                  .json();
          assertThat(answer.get("policy").get("auto").asBoolean()).isTrue();
          assertThat(answer.get("policy").get("evaluationId").asString()).isEqualTo(id);
          assertThat(answer.get("policy").get("name").asString()).isEqualTo(chosen);
          assertThat(answer.get("items").get(0).get("sku").asString())
              .as("what ann buys again leads under a repeat-aware policy")
              .isEqualTo(staples.getFirst());
        });
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"testDays\": 0}|testDays must be between 1 and 365",
        "{\"testDays\": 400}|testDays must be between 1 and 365",
        "{\"bootstrapSamples\": -1}|bootstrapSamples must be between 0 and 10000",
        "{\"end\": \"2000-01-01T00:00:00Z\"}|not before the validation slice",
        "{\"end\": \"yesterday\"}|end"
      })
  void aBadWindowIsAnswered400WithWhatToFix(String body, String detail) {
    shop.storedOrder(shop.profile(), Instant.now().minus(Duration.ofDays(1)), "x");

    Response response = client.post("/v1/evaluations", body, ANALYST_TOKEN);

    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("detail").asString()).contains(detail);
  }

  @Test
  void anUnknownEvaluationIs404() {
    Response response = client.get("/v1/evaluations/ev-nothing-here", ANALYST_TOKEN);

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.contentType()).startsWith("application/problem+json");
  }

  @Test
  void evaluationsNeedAnAnalystOrAdminToken() {
    assertThat(client.post("/v1/evaluations", "{}", null).status()).isEqualTo(401);
    assertThat(client.get("/v1/evaluations", null).status()).isEqualTo(401);
    assertThat(client.get("/v1/evaluations/x", null).status()).isEqualTo(401);
    assertThat(client.post("/v1/evaluations", "{}", APP_TOKEN).status()).isEqualTo(403);
    assertThat(client.get("/v1/evaluations", APP_TOKEN).status()).isEqualTo(403);
    assertThat(client.get("/v1/evaluations/x", APP_TOKEN).status()).isEqualTo(403);
    assertThat(client.get("/v1/evaluations", ANALYST_TOKEN).status()).isEqualTo(200);
  }

  private static JsonNode context(JsonNode evaluation, String name) {
    for (JsonNode context : evaluation.get("report").get("contexts")) {
      if (context.get("context").asString().equals(name)) {
        return context;
      }
    }
    throw new AssertionError("no context " + name + " in " + evaluation);
  }

  private static JsonNode policy(JsonNode context, String name) {
    for (JsonNode score : context.get("policies")) {
      if (score.get("policy").asString().equals(name)) {
        return score;
      }
    }
    throw new AssertionError("no policy " + name + " in " + context);
  }
}
