package io.c360.scoring.support;

import java.time.Duration;
import tools.jackson.databind.JsonNode;

/**
 * Makes sure a model has a champion, training it once if needed. The 500-customer test world is
 * small, so a trained version may not earn champion on its own; tests that need scores then promote
 * it explicitly, with a reason, as an admin would.
 */
public final class TrainedModels {

  private TrainedModels() {}

  /** The champion version of {@code model}, after training it when it has none. */
  public static synchronized int champion(ScoringClient client, String model) {
    JsonNode details = client.get("/v1/models/" + model, ScoringClient.ANALYST_TOKEN).json();
    JsonNode champion = details.get("champion");
    if (champion != null && !champion.isNull()) {
      return champion.get("version").asInt();
    }
    JsonNode job = train(client, model);
    if (!job.get("status").asString().equals("succeeded")) {
      throw new AssertionError("training " + model + " failed: " + job);
    }
    int version = job.get("version").asInt();
    if (!job.get("promoted").asBoolean()) {
      ScoringClient.Response promoted =
          client.post(
              "/v1/models/" + model + "/promote",
              "{\"version\":%d,\"reason\":\"tests score with it on a small world\"}"
                  .formatted(version),
              ScoringClient.ADMIN_TOKEN);
      if (promoted.status() != 200) {
        throw new AssertionError("could not promote " + model + ": " + promoted.body());
      }
    }
    return version;
  }

  /** Trains the model once more and returns the finished job. */
  public static JsonNode train(ScoringClient client, String model) {
    ScoringClient.Response started =
        client.post("/v1/models/" + model + "/training-jobs", "", ScoringClient.ANALYST_TOKEN);
    if (started.status() != 202) {
      throw new AssertionError("could not start training: " + started.body());
    }
    return client.awaitJob(
        "/v1/training-jobs/" + started.json().get("id").asString(), Duration.ofMinutes(3));
  }
}
