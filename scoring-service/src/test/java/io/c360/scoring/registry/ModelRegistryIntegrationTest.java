package io.c360.scoring.registry;

import static io.c360.scoring.support.ScoringClient.ADMIN_TOKEN;
import static io.c360.scoring.support.ScoringClient.ANALYST_TOKEN;
import static io.c360.scoring.support.ScoringClient.APP_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.c360.devstack.test.ApiClient.Response;
import io.c360.scoring.ScoringIntegrationTest;
import io.c360.scoring.support.ScoringClient;
import io.c360.scoring.support.TrainedModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ModelRegistryIntegrationTest extends ScoringIntegrationTest {

  private ScoringClient client;

  @BeforeEach
  void storeTheWorld() {
    world();
    client = client();
  }

  @Test
  void listsTheShippedModels() {
    Response response = client.get("/v1/models", ANALYST_TOKEN);

    assertThat(response.status()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    response.json().forEach(m -> names.add(m.get("name").asString()));
    assertThat(names).contains("churn_90d", "repurchase_30d");
  }

  @Test
  void trainsAModelAsAJobWithProgressAndRegistersTheVersion() throws Exception {
    Response started = client.post("/v1/models/repurchase_30d/training-jobs", "", ANALYST_TOKEN);
    assertThat(started.status()).isEqualTo(202);
    String path = "/v1/training-jobs/" + started.json().get("id").asString();
    assertThat(started.json().get("status").asString()).isIn("queued", "running");

    Set<String> stages = new LinkedHashSet<>();
    JsonNode job;
    do {
      job = client.get(path, ANALYST_TOKEN).json();
      stages.add(job.get("stage").asString());
      Thread.sleep(50);
    } while (job.get("status").asString().matches("queued|running"));

    assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("succeeded");
    assertThat(stages).as("stages seen while polling").hasSizeGreaterThan(1);
    assertThat(job.get("roundsDone").asInt()).isPositive();
    int version = job.get("version").asInt();

    JsonNode registered =
        client.get("/v1/models/repurchase_30d/versions/" + version, ANALYST_TOKEN).json();
    JsonNode report = registered.get("report");
    assertThat(report.get("model").get("rocAuc").asDouble()).isGreaterThan(0.6);
    assertThat(report.get("baselines").has("recency")).isTrue();
    assertThat(report.get("baselines").has("logistic")).isTrue();
    assertThat(report.get("importance").size()).isPositive();
    assertThat(report.get("model").get("deciles").size()).isEqualTo(10);
    assertThat(registered.get("features").size()).isPositive();
    assertThat(registered.get("definition").get("name").asString()).isEqualTo("repurchase_30d");
    assertThat(registered.get("decision").get("reason").asString()).isNotBlank();
    assertThat(Path.of("target/test-blobs", registered.get("artifactKey").asString()))
        .satisfies(p -> assertThat(Files.size(p)).isPositive());
    assertThat(
            Path.of(
                "target/test-blobs",
                registered.get("artifactKey").asString().replace("model.ubj", "metadata.json")))
        .exists();
  }

  @Test
  void promotesAChallengerOnlyWhenItBeatsTheChampionOnTheSameTestRows() {
    int champion = TrainedModels.champion(client, "churn_90d");

    JsonNode job = TrainedModels.train(client, "churn_90d");
    int challenger = job.get("version").asInt();
    JsonNode report =
        client
            .get("/v1/models/churn_90d/versions/" + challenger, ANALYST_TOKEN)
            .json()
            .get("report");

    double mine = report.get("model").get("rocAuc").asDouble();
    double theirs = report.get("championOnSameTest").get("rocAuc").asDouble();
    boolean beatsBaselines = true;
    for (String baseline : List.of("recency", "logistic")) {
      double base = report.get("baselines").get(baseline).get("rocAuc").asDouble();
      beatsBaselines &= mine - base >= 0.01;
    }
    boolean promoted = job.get("promoted").asBoolean();
    assertThat(promoted)
        .as(
            "challenger %.4f vs champion %.4f; beats its baselines: %s",
            mine, theirs, beatsBaselines)
        .isEqualTo(mine > theirs && beatsBaselines);
    int expected = promoted ? challenger : champion;
    assertThat(
            client
                .get("/v1/models/churn_90d", ANALYST_TOKEN)
                .json()
                .get("champion")
                .get("version")
                .asInt())
        .isEqualTo(expected);
  }

  @Test
  void promotesOnRequestAndRollsBack() {
    String name = createSmallModel();
    int v1 = TrainedModels.champion(client, name);
    JsonNode second = TrainedModels.train(client, name);
    int v2 = second.get("version").asInt();

    Response rollbackOfOnlyChampion =
        second.get("promoted").asBoolean()
            ? null
            : client.post("/v1/models/" + name + "/rollback", "", ADMIN_TOKEN);
    if (rollbackOfOnlyChampion != null) {
      assertThat(rollbackOfOnlyChampion.status()).isEqualTo(409);
      assertThat(rollbackOfOnlyChampion.json().get("detail").asString())
          .contains("nothing to roll back");
    }

    int other = champion(name) == v1 ? v2 : v1;
    int before = champion(name);
    Response promoted =
        client.post(
            "/v1/models/" + name + "/promote",
            "{\"version\":" + other + ",\"reason\":\"better on last month's campaign\"}",
            ADMIN_TOKEN);
    assertThat(promoted.status()).isEqualTo(200);
    assertThat(champion(name)).isEqualTo(other);
    JsonNode history =
        client.get("/v1/models/" + name, ANALYST_TOKEN).json().get("champion").get("history");
    assertThat(history.get(history.size() - 1).get("reason").asString())
        .isEqualTo("better on last month's campaign");
    assertThat(history.get(history.size() - 1).get("by").asString()).isEqualTo("test-admin");

    Response rolledBack = client.post("/v1/models/" + name + "/rollback", "", ADMIN_TOKEN);
    assertThat(rolledBack.status()).isEqualTo(200);
    assertThat(champion(name)).isEqualTo(before);
  }

  @Test
  void onlyAdminsPromoteAndOnlyAnalystsReadModels() {
    assertThat(client.get("/v1/models", null).status()).isEqualTo(401);
    assertThat(client.get("/v1/models", APP_TOKEN).status()).isEqualTo(403);
    assertThat(client.post("/v1/models/churn_90d/training-jobs", "", APP_TOKEN).status())
        .isEqualTo(403);
    assertThat(
            client.post("/v1/models/churn_90d/promote", "{\"version\":1}", ANALYST_TOKEN).status())
        .isEqualTo(403);
    assertThat(client.post("/v1/models/churn_90d/rollback", "", ANALYST_TOKEN).status())
        .isEqualTo(403);
    assertThat(client.get("/v1/training-jobs/x", null).status()).isEqualTo(401);
  }

  @Test
  void rejectsAnInvalidDefinitionNamingEveryProblem() {
    Response response =
        client.post(
            "/v1/models",
            """
            {"name":"bad model!","description":"x",
             "population":{"rule":"has-order","minTenureDays":0},
             "label":{"event":"Order Completed","windowDays":0},
             "features":["days_since_last_order","shoe_size"],
             "training":{"cutoffs":3,"cutoffSpacingDays":30,"validationFraction":0.15,
               "testFraction":0.2,"maxRounds":50,"earlyStoppingRounds":10,"searchCandidates":2,
               "seed":1,"threads":2}}
            """,
            ANALYST_TOKEN);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("problems").size()).isGreaterThanOrEqualTo(3);
    assertThat(response.json().get("detail").asString()).contains("shoe_size");
  }

  @Test
  void answersUnknownModelsVersionsAndJobsWithProblems() {
    assertThat(client.get("/v1/models/nope", ANALYST_TOKEN).status()).isEqualTo(404);
    assertThat(client.post("/v1/models/nope/training-jobs", "", ANALYST_TOKEN).status())
        .isEqualTo(404);
    assertThat(client.get("/v1/models/churn_90d/versions/99999", ANALYST_TOKEN).status())
        .isEqualTo(404);
    assertThat(client.get("/v1/training-jobs/" + UUID.randomUUID(), ANALYST_TOKEN).status())
        .isEqualTo(404);
    Response noVersion = client.post("/v1/models/churn_90d/promote", "{}", ADMIN_TOKEN);
    assertThat(noVersion.status()).isEqualTo(400);
    assertThat(noVersion.json().get("detail").asString()).contains("version");
    assertThat(
            client
                .post("/v1/models/churn_90d/promote", "{\"version\":99999}", ADMIN_TOKEN)
                .status())
        .isEqualTo(404);
    assertThat(client.post("/v1/models", "{not json", ANALYST_TOKEN).status()).isEqualTo(400);
  }

  private int champion(String name) {
    return client
        .get("/v1/models/" + name, ANALYST_TOKEN)
        .json()
        .get("champion")
        .get("version")
        .asInt();
  }

  private String createSmallModel() {
    String name = "small_" + UUID.randomUUID().toString().substring(0, 8).replace('-', '_');
    Response created =
        client.post(
            "/v1/models",
            """
            {"name":"%s","description":"a small repurchase model for tests",
             "population":{"rule":"has-order","minTenureDays":0},
             "label":{"event":"Order Completed","windowDays":30},
             "features":["days_since_last_order","orders_90d","revenue_365d","wishlist_adds_90d"],
             "training":{"cutoffs":3,"cutoffSpacingDays":30,"validationFraction":0.2,
               "testFraction":0.25,"maxRounds":60,"earlyStoppingRounds":10,"searchCandidates":2,
               "seed":%d,"threads":2}}
            """
                .formatted(name, Math.abs(name.hashCode())),
            ANALYST_TOKEN);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().get("version").asInt()).isEqualTo(1);
    assertThat(created.json().get("createdBy").asString()).isEqualTo("test-analyst");
    return name;
  }
}
