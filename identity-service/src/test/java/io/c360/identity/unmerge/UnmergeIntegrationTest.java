package io.c360.identity.unmerge;

import static io.c360.identity.support.Events.unique;
import static io.c360.identity.support.IdentityClient.ADMIN_TOKEN;
import static io.c360.identity.support.IdentityClient.ANALYST_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.c360.devstack.test.ApiClient.Response;
import io.c360.devstack.test.Eventually;
import io.c360.identity.IdentityIntegrationTest;
import io.c360.identity.support.EventSender;
import io.c360.identity.support.Events;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class UnmergeIntegrationTest extends IdentityIntegrationTest {

  private String profileId(String param, String value) {
    Response r = client().get("/v1/profiles?" + param + "=" + value, ANALYST_TOKEN);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json().get("profileId").asString();
  }

  private List<String> eventNames(String profileId) {
    Response r = client().get("/v1/profiles/" + profileId + "/timeline", ANALYST_TOKEN);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    // a track call's name is "event", a page or screen call's "name"
    r.json()
        .get("events")
        .forEach(
            item -> {
              JsonNode event = item.get("event");
              names.add(
                  event.has("event")
                      ? event.get("event").asString()
                      : event.path("name").asString());
            });
    return names;
  }

  @Test
  void splitsAWrongMergeBackOutAndKeepsTheTwoApart() {
    Instant now = Instant.now();
    String anon = unique("anon");
    String loyalty = unique("L");
    String email = unique("kim") + "@example.com";
    EventSender.send(Events.productViewed(now.minus(Duration.ofDays(3)), anon, "SKU-3"));
    Eventually.assertThat(() -> profileId("anonymousId", anon));
    String first = profileId("anonymousId", anon);
    EventSender.send(
        Events.storeOrder(now.minus(Duration.ofDays(2)), unique("o"), loyalty, email, "45.00"));
    Eventually.assertThat(() -> profileId("loyaltyId", loyalty));
    String second = profileId("loyaltyId", loyalty);
    // a shared tablet's visitor id lands on the store customer's email: a wrong merge
    EventSender.send(
        Events.track(
            now.minus(Duration.ofDays(1)),
            "Newsletter Signup",
            List.of(Events.email(email), Events.anonymousId(anon))));
    Eventually.assertThat(
        () -> {
          assertThat(profileId("loyaltyId", loyalty)).isEqualTo(first);
          Response merged = client().get("/v1/profiles/" + first, ANALYST_TOKEN);
          assertThat(merged.json().get("computed").get("orderCount").asLong()).isEqualTo(1);
        });

    Response split =
        client()
            .post(
                "/v1/profiles/" + first + "/unmerge",
                "{\"mergedProfileId\":\"" + second + "\",\"reason\":\"shared tablet\"}",
                ADMIN_TOKEN);
    assertThat(split.status()).as(split.body()).isEqualTo(200);
    assertThat(profileId("loyaltyId", loyalty)).isEqualTo(second);
    assertThat(profileId("email", email)).isEqualTo(second);
    assertThat(profileId("anonymousId", anon)).isEqualTo(first);
    Response restored = client().get("/v1/profiles/" + second, ANALYST_TOKEN);
    assertThat(restored.json().get("computed").get("orderCount").asLong()).isEqualTo(1);
    Response survivor = client().get("/v1/profiles/" + first, ANALYST_TOKEN);
    assertThat(survivor.json().get("computed").get("orderCount").asLong()).isZero();
    // the restored profile's own events are on its timeline again, and only there
    assertThat(eventNames(second)).containsExactly("Order Completed");
    assertThat(eventNames(first)).containsExactlyInAnyOrder("Product Viewed", "Newsletter Signup");
    String audit =
        client().get("/v1/profiles/" + second + "/identities", ANALYST_TOKEN).json().toString();
    assertThat(audit).contains("unmerged", "shared tablet", "test-admin");

    // the same pair of identifiers again must not merge them back
    EventSender.send(
        Events.track(
            now, "Newsletter Signup", List.of(Events.email(email), Events.anonymousId(anon))));
    Eventually.assertThat(
        () ->
            assertThat(
                    client()
                        .get("/v1/profiles/" + first + "/identities", ANALYST_TOKEN)
                        .json()
                        .get("audit")
                        .toString())
                .contains("an operator unmerged these profiles"));
    assertThat(profileId("email", email)).isEqualTo(second);
    assertThat(profileId("anonymousId", anon)).isEqualTo(first);
  }

  @Test
  void refusesToUnmergeAProfileThatMergedNothing() {
    String user = unique("user");
    EventSender.send(Events.identify(Instant.now(), user, null, null));
    Eventually.assertThat(() -> profileId("userId", user));
    Response r =
        client().post("/v1/profiles/" + profileId("userId", user) + "/unmerge", "{}", ADMIN_TOKEN);
    assertThat(r.status()).isEqualTo(409);
    assertThat(r.json().get("detail").asString()).contains("has no merged profiles");
  }
}
