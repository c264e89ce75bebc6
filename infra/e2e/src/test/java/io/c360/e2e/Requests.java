package io.c360.e2e;

import io.c360.common.json.EventJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Bodies of the API calls the journey makes, as an operator or marketer would write them. */
final class Requests {

  /** The holdout of the win-back campaign: high, so both outcomes are likely across runs. */
  static final double HOLDOUT_PERCENT = 50;

  private Requests() {}

  /** {@code POST /v1/imports} of a file already in the blob store. */
  static String importFile(String kind, String key) {
    ObjectNode body = EventJson.mapper().createObjectNode();
    body.put("kind", kind);
    body.put("key", key);
    return EventJson.mapper().writeValueAsString(body);
  }

  /** {@code POST /v1/scoring-jobs} for some models. */
  /** {@code {"version": n, "reason": ...}}, without a reason when it is null. */
  static String promotion(int version, @Nullable String reason) {
    ObjectNode body = EventJson.mapper().createObjectNode();
    body.put("version", version);
    if (reason != null) {
      body.put("reason", reason);
    }
    return EventJson.mapper().writeValueAsString(body);
  }

  static String scoringJob(String... models) {
    ObjectNode body = EventJson.mapper().createObjectNode();
    ArrayNode names = body.putArray("models");
    for (String model : models) {
      names.add(model);
    }
    return EventJson.mapper().writeValueAsString(body);
  }

  /**
   * Likely churners with email consent; {@code traits.journey = marker} keeps the audience to this
   * run's customer.
   */
  static String winBackAudience(String key, String marker) {
    ObjectNode body = EventJson.mapper().createObjectNode();
    body.put("key", key);
    body.put("name", "Win-back (end-to-end test " + marker + ")");
    ArrayNode all = body.putObject("rule").putArray("all");
    all.add(condition("consent.email", "=").put("value", true));
    all.add(condition("scores.churn_90d", ">=").put("value", 0.0));
    all.add(condition("traits.journey", "=").put("value", marker));
    return EventJson.mapper().writeValueAsString(body);
  }

  /** An email win-back with three recommended products and a {@link #HOLDOUT_PERCENT} holdout. */
  static String winBackCampaign(String audienceId, String experimentKey) {
    ObjectNode body = EventJson.mapper().createObjectNode();
    body.put("name", "Win back (end-to-end test)");
    body.put("audienceId", audienceId);
    body.put("channel", "email");
    ObjectNode template = body.putObject("template");
    template.put("subject", "We miss you, ${firstName:-friend}");
    template.put("body", "Hi ${firstName:-there}, picked for you:\n${recommendations}");
    body.put("recommendations", 3);
    body.put("holdoutPercent", HOLDOUT_PERCENT);
    body.put("experimentKey", experimentKey);
    return EventJson.mapper().writeValueAsString(body);
  }

  private static ObjectNode condition(String field, String op) {
    ObjectNode condition = EventJson.mapper().createObjectNode();
    condition.put("field", field);
    condition.put("op", op);
    return condition;
  }
}
