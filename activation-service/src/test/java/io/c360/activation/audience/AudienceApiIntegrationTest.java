package io.c360.activation.audience;

import static io.c360.activation.support.ActivationClient.APP_TOKEN;
import static io.c360.activation.support.ActivationClient.MARKETER_TOKEN;
import static io.c360.activation.support.Customers.customer;
import static org.assertj.core.api.Assertions.assertThat;

import io.c360.activation.ActivationIntegrationTest;
import io.c360.common.topic.Topics;
import io.c360.devstack.test.ApiClient.Response;
import io.c360.devstack.test.Eventually;
import io.c360.devstack.test.TopicReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class AudienceApiIntegrationTest extends ActivationIntegrationTest {

  @Test
  void picksExactlyTheMatchingProfilesAndFollowsScoreChanges() {
    String likelyChurner =
        customers.add(
            customer().consent("email", true).lastOrderDaysAgo(90).score("churn_90d", 0.82));
    String lowScore =
        customers.add(
            customer().consent("email", true).lastOrderDaysAgo(90).score("churn_90d", 0.5));
    String noConsent =
        customers.add(
            customer().consent("email", false).lastOrderDaysAgo(90).score("churn_90d", 0.9));
    String recentBuyer =
        customers.add(
            customer().consent("email", true).lastOrderDaysAgo(10).score("churn_90d", 0.9));
    String neverScored = customers.add(customer().consent("email", true).lastOrderDaysAgo(120));

    try (TopicReader memberships = new TopicReader(Topics.AUDIENCE_MEMBERSHIPS.name())) {
      String id = createWinback("winback_" + customers.cohort().substring(7));

      Eventually.assertThat(() -> assertThat(members(id)).containsExactly(likelyChurner));
      JsonNode audience = get("/v1/audiences/" + id);
      assertThat(audience.get("size").asLong()).isEqualTo(1);
      assertThat(audience.get("computedAt").isNull()).isFalse();
      assertThat(audience.get("sampleMembers").get(0).asString()).isEqualTo(likelyChurner);

      customers.score(lowScore, "churn_90d", 0.75);
      customers.score(likelyChurner, "churn_90d", 0.2);

      Eventually.assertThat(() -> assertThat(members(id)).containsExactly(lowScore));
      assertThat(changes(memberships, id))
          .containsExactlyInAnyOrder(
              likelyChurner + " entered", likelyChurner + " left", lowScore + " entered");
      assertThat(members(id)).doesNotContain(noConsent, recentBuyer, neverScored);
      assertThat(get("/v1/audiences/" + id).get("size").asLong()).isEqualTo(1);
    }
  }

  @Test
  void erasedAndMergedProfilesLeaveTheAudience() {
    String erased =
        customers.add(
            customer().consent("email", true).lastOrderDaysAgo(90).score("churn_90d", 0.9));
    String merged =
        customers.add(
            customer().consent("email", true).lastOrderDaysAgo(90).score("churn_90d", 0.9));
    String survivor =
        customers.add(
            customer().consent("email", true).lastOrderDaysAgo(30).score("churn_90d", 0.9));
    String id = createWinback("gone_" + customers.cohort().substring(7));
    Eventually.assertThat(() -> assertThat(members(id)).containsExactlyInAnyOrder(erased, merged));

    customers.erase(erased);
    customers.merge(survivor, merged);

    Eventually.assertThat(() -> assertThat(members(id)).isEmpty());
    assertThat(get("/v1/audiences/" + id).get("size").asLong()).isZero();
  }

  @Test
  void refreshFindsProfilesTheAudienceNeverReEvaluated() {
    String id = createWinback("quiet_" + customers.cohort().substring(7));
    Eventually.assertThat(
        () -> assertThat(get("/v1/audiences/" + id).get("status").asString()).isEqualTo("ready"));
    String quiet =
        customers.addQuietly(
            customer().consent("email", true).lastOrderDaysAgo(70).score("churn_90d", 0.95));
    // in the view but never re-evaluated (the instance stopped in between): only a recompute finds
    // it
    Response refresh = client.post("/v1/audiences/" + id + "/refresh", "", MARKETER_TOKEN);
    assertThat(refresh.status()).isEqualTo(202);
    Eventually.assertThat(() -> assertThat(members(id)).containsExactly(quiet));
  }

  @Test
  void pagesThroughMembersInProfileIdOrder() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(
          customers.add(
              customer().consent("email", true).lastOrderDaysAgo(90).score("churn_90d", 0.9)));
    }
    String id = createWinback("paged_" + customers.cohort().substring(7));
    Eventually.assertThat(
        () -> assertThat(get("/v1/audiences/" + id).get("size").asLong()).isEqualTo(5));

    List<String> seen = new ArrayList<>();
    String after = null;
    do {
      JsonNode page =
          get(
              "/v1/audiences/"
                  + id
                  + "/members?limit=2"
                  + (after == null ? "" : "&after=" + after));
      page.get("members").forEach(m -> seen.add(m.asString()));
      after = page.get("next").isNull() ? null : page.get("next").asString();
    } while (after != null);
    assertThat(seen).containsExactlyElementsOf(ids.stream().sorted().toList());
  }

  @Test
  void estimatesTheSizeOfARuleWithoutCreatingAnAudience() {
    customers.add(customer().consent("email", true).lastOrderDaysAgo(90).score("churn_90d", 0.8));
    customers.add(customer().consent("email", true).lastOrderDaysAgo(90).score("churn_90d", 0.9));
    customers.add(customer().consent("email", true).lastOrderDaysAgo(90).score("churn_90d", 0.2));
    String rule = "{\"all\":[%s,{\"field\":\"scores.churn_90d\",\"op\":\"gte\",\"value\":%s}]}";
    int audiencesBefore = client.get("/v1/audiences", MARKETER_TOKEN).json().size();

    Eventually.assertThat(
        () ->
            assertThat(estimate(rule.formatted(customers.cohortCondition(), "0.5"))).isEqualTo(2));
    assertThat(estimate(rule.formatted(customers.cohortCondition(), "0.1"))).isEqualTo(3);
    assertThat(estimate(rule.formatted(customers.cohortCondition(), "0.95"))).isZero();
    assertThat(client.get("/v1/audiences", MARKETER_TOKEN).json().size())
        .isEqualTo(audiencesBefore);

    Response bad =
        client.post(
            "/v1/audiences/estimate",
            "{\"rule\":{\"field\":\"shoeSize\",\"op\":\"eq\",\"value\":42}}",
            MARKETER_TOKEN);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("detail").asString()).contains("unknown field \"shoeSize\"");
    assertThat(client.post("/v1/audiences/estimate", "{}", APP_TOKEN).status()).isEqualTo(403);
    assertThat(client.post("/v1/audiences/estimate", "{}", null).status()).isEqualTo(401);
  }

  private long estimate(String rule) {
    Response response =
        client.post("/v1/audiences/estimate", "{\"rule\":" + rule + "}", MARKETER_TOKEN);
    assertThat(response.status()).isEqualTo(200);
    return response.json().get("size").asLong();
  }

  @Test
  void refusesARuleWithUnknownFieldsAndWrongValuesListingEveryProblem() {
    Response response =
        client.post(
            "/v1/audiences",
            """
            {"key":"bad_rule","name":"Bad","rule":{"all":[
              {"field":"scores.churn_90d","op":"gte","value":"high"},
              {"field":"shoeSize","op":"eq","value":42},
              {"field":"consent.email","op":"like","value":true},
              {"field":"subscriptionStatus","op":"gt","value":3}
            ]}}
            """,
            MARKETER_TOKEN);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    String detail = response.json().get("detail").asString();
    assertThat(detail)
        .contains("rule.all[0].value")
        .contains("needs a number")
        .contains("rule.all[1].field: unknown field \"shoeSize\"")
        .contains("rule.all[2].op: unknown operator \"like\"")
        .contains("rule.all[3].value")
        .contains("is not a number");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"key\":\"Bad Key\",\"name\":\"x\",\"rule\":{\"field\":\"orderCount\",\"op\":\"gt\",\"value\":1}} | key: must be",
        "{\"key\":\"nameless\",\"rule\":{\"field\":\"orderCount\",\"op\":\"gt\",\"value\":1}} | name: must not be blank",
        "{\"key\":\"ruleless\",\"name\":\"x\"} | rule: missing",
        "{\"key\":\"deep\",\"name\":\"x\",\"rule\":{\"not\":{\"not\":{\"not\":{\"not\":{\"not\":{\"not\":{\"not\":{\"not\":{\"field\":\"orderCount\",\"op\":\"gt\",\"value\":1}}}}}}}}}} | nest at most",
        "{\"key\":\"extra\",\"name\":\"x\",\"rule\":{\"field\":\"orderCount\",\"op\":\"gt\",\"value\":1,\"weight\":2}} | rule.weight: unexpected",
        "{\"key\":\"broken\",\"name\":\"x\",\"rule\":{\"field\": | JSON",
      })
  void refusesBadDefinitions(String body, String expected) {
    Response response = client.post("/v1/audiences", body, MARKETER_TOKEN);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("detail").asString()).containsIgnoringCase(expected.trim());
  }

  @Test
  void refusesATakenKeyAndAnswers404ForAnUnknownAudience() {
    String key = "taken_" + customers.cohort().substring(7);
    createWinback(key);
    assertThat(client.post("/v1/audiences", definition(key), MARKETER_TOKEN).status())
        .isEqualTo(409);
    Response missing = client.get("/v1/audiences/aud-nope", MARKETER_TOKEN);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().get("detail").asString()).contains("aud-nope");
    assertThat(client.get("/v1/audiences/aud-nope/members?limit=0", MARKETER_TOKEN).status())
        .isEqualTo(400);
  }

  @ParameterizedTest
  @CsvSource({
    "GET, /v1/audiences",
    "POST, /v1/audiences",
    "GET, /v1/audiences/aud-x",
    "GET, /v1/audiences/aud-x/members",
    "POST, /v1/audiences/aud-x/refresh"
  })
  void requiresTheMarketerRole(String method, String path) {
    Response anonymous = call(method, path, null);
    Response app = call(method, path, APP_TOKEN);
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(app.status()).isEqualTo(403);
    assertThat(app.contentType()).startsWith("application/problem+json");
  }

  private Response call(String method, String path, String token) {
    return method.equals("GET") ? client.get(path, token) : client.post(path, "{}", token);
  }

  private String createWinback(String key) {
    Response created = client.post("/v1/audiences", definition(key), MARKETER_TOKEN);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asString();
  }

  private String definition(String key) {
    return """
        {"key":"%s","name":"Likely churners with email consent","rule":{"all":[
          %s,
          {"field":"scores.churn_90d","op":">=","value":0.7},
          {"field":"daysSinceLastOrder","op":">","value":60},
          {"field":"consent.email","op":"=","value":true}
        ]}}
        """
        .formatted(key, customers.cohortCondition());
  }

  private List<String> members(String audienceId) {
    List<String> ids = new ArrayList<>();
    get("/v1/audiences/" + audienceId + "/members?limit=1000")
        .get("members")
        .forEach(m -> ids.add(m.asString()));
    return ids;
  }

  private JsonNode get(String path) {
    Response response = client.get(path, MARKETER_TOKEN);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  /** The audience's entries and exits announced on the topic, as "profileId entered|left". */
  private static List<String> changes(TopicReader reader, String audienceId) {
    List<String> changes = new ArrayList<>();
    for (ConsumerRecord<String, String> r :
        reader.drain(
            Duration.ofSeconds(3),
            r -> r.value().contains("\"audienceId\":\"" + audienceId + "\""))) {
      changes.add(r.key() + (r.value().contains("\"member\":true") ? " entered" : " left"));
    }
    return changes;
  }
}
