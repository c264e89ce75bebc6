package io.c360.scoring.registry;

import static io.c360.scoring.support.ScoringClient.ADMIN_TOKEN;
import static io.c360.scoring.support.ScoringClient.ANALYST_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.c360.devstack.test.ApiClient.Response;
import io.c360.platform.blob.BlobStore;
import io.c360.scoring.ScoringIntegrationTest;
import io.c360.scoring.features.Features;
import io.c360.scoring.support.ScoringClient;
import io.c360.scoring.support.TrainedModels;
import io.c360.scoring.training.Calibrator;
import io.c360.scoring.training.Score;
import io.c360.scoring.training.ScoringModel;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The promotion gate through the API: a model whose features miss what drives the label loses to
 * its recency baseline and is registered, not promoted; serving skips it; an admin can force it
 * only with a reason. Calibration travels with the version's metadata.
 */
class PromotionGateIntegrationTest extends ScoringIntegrationTest {

  @Autowired RegistryStore store;
  @Autowired BlobStore blobs;
  @Autowired JsonMapper json;
  @Autowired Clock clock;

  private ScoringClient client;

  @BeforeEach
  void storeTheWorld() {
    world();
    client = client();
  }

  @Test
  void registersButDoesNotPromoteAModelThatLosesToItsRecencyBaseline() {
    String name = createBlindModel();

    JsonNode job = TrainedModels.train(client, name);

    assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("succeeded");
    assertThat(job.get("promoted").asBoolean()).isFalse();
    assertThat(job.get("decision").asString())
        .startsWith("not promoted")
        .contains("baseline recency");
    int version = job.get("version").asInt();
    JsonNode registered =
        client.get("/v1/models/" + name + "/versions/" + version, ANALYST_TOKEN).json();
    JsonNode report = registered.get("report");
    assertThat(report.get("model").get("rocAuc").asDouble())
        .isLessThan(report.get("baselines").get("recency").get("rocAuc").asDouble());
    JsonNode checks = registered.get("decision").get("checks");
    assertThat(checks.size()).isEqualTo(2);
    JsonNode recency = checks.get(0);
    assertThat(recency.get("against").asString()).isEqualTo("baseline recency");
    assertThat(recency.get("rocAuc").asDouble())
        .isEqualTo(report.get("baselines").get("recency").get("rocAuc").asDouble());
    assertThat(recency.get("passed").asBoolean()).isFalse();
    assertThat(recency.get("margin").asDouble()).isEqualTo(0.01);
    assertThat(checks.get(1).get("against").asString()).isEqualTo("baseline logistic");

    JsonNode model = client.get("/v1/models/" + name, ANALYST_TOKEN).json();
    assertThat(model.get("champion").isNull()).isTrue();
    JsonNode summary = model.get("versions").get(0);
    assertThat(summary.get("champion").asBoolean()).isFalse();
    assertThat(summary.get("promoted").asBoolean()).isFalse();
    assertThat(summary.get("decision").asString()).contains("baseline recency");

    Response scoring =
        client.post("/v1/scoring-jobs", "{\"models\":[\"" + name + "\"]}", ANALYST_TOKEN);
    assertThat(scoring.status()).isEqualTo(400);
    assertThat(scoring.contentType()).startsWith("application/problem+json");
    assertThat(scoring.json().get("detail").asString())
        .contains(name, "no champion", "not promoted");
    Response adHoc =
        client.post("/v1/models/" + name + "/score", "{\"features\":{}}", ANALYST_TOKEN);
    assertThat(adHoc.status()).isEqualTo(400);
    assertThat(adHoc.json().get("detail").asString()).contains("not promoted");
  }

  @Test
  void batchScoringSkipsAModelWithoutAChampionAndSaysWhy() {
    TrainedModels.champion(client, "repurchase_30d");
    String name = createBlindModel();
    TrainedModels.train(client, name);

    Response started =
        client.post(
            "/v1/scoring-jobs",
            "{\"models\":[\"repurchase_30d\",\"" + name + "\"]}",
            ANALYST_TOKEN);

    assertThat(started.status()).as(started.body()).isEqualTo(202);
    assertThat(started.json().get("models").size()).isEqualTo(1);
    assertThat(started.json().get("skipped").get(name).asString())
        .contains("no champion", "not promoted");
    JsonNode done =
        client.awaitJob(
            "/v1/scoring-jobs/" + started.json().get("id").asString(), Duration.ofMinutes(2));
    assertThat(done.get("status").asString()).isEqualTo("succeeded");
    assertThat(done.get("files").has(name)).isFalse();
    assertThat(done.get("files").has("repurchase_30d")).isTrue();
  }

  @Test
  void forcesAPromotionOnlyWithAReasonAndRecordsWhatItOverrode() {
    String name = createBlindModel();
    int version = TrainedModels.train(client, name).get("version").asInt();

    Response withoutReason =
        client.post(
            "/v1/models/" + name + "/promote", "{\"version\":" + version + "}", ADMIN_TOKEN);
    assertThat(withoutReason.status()).isEqualTo(400);
    assertThat(withoutReason.contentType()).startsWith("application/problem+json");
    assertThat(withoutReason.json().get("detail").asString())
        .contains("did not earn champion", "reason");
    Response blank =
        client.post(
            "/v1/models/" + name + "/promote",
            "{\"version\":" + version + ",\"reason\":\"  \"}",
            ADMIN_TOKEN);
    assertThat(blank.status()).isEqualTo(400);
    assertThat(client.get("/v1/models/" + name, ANALYST_TOKEN).json().get("champion").isNull())
        .isTrue();

    Response forced =
        client.post(
            "/v1/models/" + name + "/promote",
            "{\"version\":" + version + ",\"reason\":\"needed for the spring campaign\"}",
            ADMIN_TOKEN);

    assertThat(forced.status()).as(forced.body()).isEqualTo(200);
    JsonNode champion = client.get("/v1/models/" + name, ANALYST_TOKEN).json().get("champion");
    assertThat(champion.get("version").asInt()).isEqualTo(version);
    JsonNode promotion = champion.get("history").get(0);
    assertThat(promotion.get("reason").asString()).isEqualTo("needed for the spring campaign");
    assertThat(promotion.get("by").asString()).isEqualTo("test-admin");
    assertThat(promotion.get("overrode").asString()).contains("not promoted", "baseline recency");
  }

  @Test
  void servesTheSameCalibratedScoresAfterARestart() {
    int version = TrainedModels.champion(client, "repurchase_30d");
    JsonNode calibration =
        client
            .get("/v1/models/repurchase_30d/versions/" + version, ANALYST_TOKEN)
            .json()
            .get("report")
            .get("calibration");
    assertThat(calibration.get("method").asString()).isIn("isotonic", "platt");
    assertThat(calibration.get("crossValidatedLogLoss").size()).isEqualTo(2);
    assertThat(calibration.get("testAfter").size()).isPositive();
    assertThat(calibration.get("testLogLossAfter").asDouble()).isPositive();

    // a registry built afresh from the stored metadata and artifact, as after a restart
    var restarted = new ModelRegistry(store, blobs, json, clock, 0.01);
    ScoringModel reloaded = restarted.load("repurchase_30d", version).model();
    ScoringModel raw;
    try (var in = blobs.open(restarted.version("repurchase_30d", version).artifactKey())) {
      raw = ScoringModel.load(in.readAllBytes(), reloaded.features());
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    String features = "{\"days_since_last_order\":12,\"orders_90d\":2,\"orders_365d\":5}";
    Response served =
        client.post(
            "/v1/models/repurchase_30d/score", "{\"features\":" + features + "}", ANALYST_TOKEN);
    assertThat(served.status()).as(served.body()).isEqualTo(200);

    float[] row = row(reloaded, served.json().get("features"));
    Score afterRestart = reloaded.score(row);
    Score rawScore = raw.score(row);
    Calibrator calibrator =
        restarted.version("repurchase_30d", version).report().calibration().calibrator();
    assertThat(reloaded.calibrated()).isTrue();
    assertThat(served.json().get("score").get("score").asDouble())
        .isEqualTo(afterRestart.probability())
        .isEqualTo(calibrator.apply(rawScore.probability()));
    assertThat(afterRestart.reasons()).isEqualTo(rawScore.reasons());
    raw.close();
  }

  private static float[] row(ScoringModel model, JsonNode features) {
    float[] row = new float[model.features().size()];
    for (int i = 0; i < row.length; i++) {
      JsonNode value = features.get(model.features().get(i));
      row[i] = value == null || value.isNull() ? Float.NaN : value.floatValue();
    }
    return row;
  }

  /**
   * A repurchase model that sees only support satisfaction: whether a customer orders again is
   * driven mostly by recency, which it cannot see, so the recency baseline beats it.
   */
  private String createBlindModel() {
    String name = "blind_" + UUID.randomUUID().toString().substring(0, 8).replace('-', '_');
    assertThat(Features.unknown(java.util.List.of("csat_last", "low_csat_365d"))).isEmpty();
    Response created =
        client.post(
            "/v1/models",
            """
            {"name":"%s","description":"repurchase from support satisfaction alone",
             "population":{"rule":"has-order","minTenureDays":0},
             "label":{"event":"Order Completed","windowDays":30},
             "features":["csat_last","low_csat_365d"],
             "training":{"cutoffs":3,"cutoffSpacingDays":30,"validationFraction":0.2,
               "testFraction":0.25,"maxRounds":40,"earlyStoppingRounds":10,"searchCandidates":1,
               "seed":7,"threads":2}}
            """
                .formatted(name),
            ANALYST_TOKEN);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return name;
  }
}
