package io.c360.identity.resolution;

import static io.c360.identity.support.Events.unique;
import static io.c360.identity.support.IdentityClient.ADMIN_TOKEN;
import static io.c360.identity.support.IdentityClient.ANALYST_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.topic.Topics;
import io.c360.devstack.test.ApiClient.Response;
import io.c360.devstack.test.Eventually;
import io.c360.devstack.test.TopicReader;
import io.c360.identity.IdentityIntegrationTest;
import io.c360.identity.support.EventSender;
import io.c360.identity.support.Events;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The customer journeys of the issue, through Kafka, the pipeline, DynamoDB and the API. */
class ResolutionIntegrationTest extends IdentityIntegrationTest {

  private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  private JsonNode profileBy(String param, String value) {
    Response response = client().get("/v1/profiles?" + param + "=" + value, ANALYST_TOKEN);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static List<String> identifierKeys(JsonNode profile) {
    List<String> keys = new ArrayList<>();
    for (JsonNode link : profile.get("identifiers")) {
      JsonNode id = link.get("identifier");
      keys.add(id.get("type").asString() + "#" + id.get("value").asString());
    }
    return keys;
  }

  @Test
  void anonymousVisitorWhoLogsInBuysInStoreAndCallsSupportEndsAsOneProfile() {
    String anon = unique("anon");
    String user = unique("user");
    String email = unique("ann") + "@example.com";
    String loyalty = unique("L");
    EventSender.send(
        Events.page(now.minus(Duration.ofDays(3)), anon),
        Events.productViewed(now.minus(Duration.ofDays(3)).plusSeconds(60), anon, "SKU-1"),
        Events.identify(now.minus(Duration.ofDays(2)), user, anon, email),
        Events.storeOrder(now.minus(Duration.ofDays(1)), unique("o"), loyalty, email, "59.90"),
        Events.supportTicket(now.minus(Duration.ofHours(5)), unique("t"), loyalty, 4));

    Eventually.assertThat(
        () -> {
          JsonNode profile = profileBy("loyaltyId", loyalty);
          assertThat(identifierKeys(profile))
              .containsExactlyInAnyOrder(
                  "anonymousId#" + anon,
                  "userId#" + user,
                  "email#" + email,
                  "loyaltyId#" + loyalty);
          JsonNode computed = profile.get("computed");
          assertThat(computed.get("orderCount").asLong()).isEqualTo(1);
          assertThat(computed.get("lifetimeValue").decimalValue()).isEqualByComparingTo("59.90");
          assertThat(computed.get("productViews30d").asLong()).isEqualTo(1);
          assertThat(computed.get("supportTickets").asLong()).isEqualTo(1);
          assertThat(computed.get("csatAverage").asDouble()).isEqualTo(4.0);
          assertThat(computed.get("channels").toString()).contains("web", "pos", "support");
          assertThat(profile.get("traits").get("firstName").get("value").asString())
              .isEqualTo("Ann");
          assertThat(profile.get("consent").get("email").get("value").asBoolean()).isTrue();
        });
    String id = profileBy("userId", user).get("profileId").asString();
    assertThat(profileBy("anonymousId", anon).get("profileId").asString()).isEqualTo(id);
    assertThat(profileBy("email", email.toUpperCase()).get("profileId").asString())
        .as("emails are normalized as at ingest")
        .isEqualTo(id);

    Response timeline = client().get("/v1/profiles/" + id + "/timeline?limit=2", ANALYST_TOKEN);
    assertThat(timeline.status()).isEqualTo(200);
    assertThat(timeline.json().get("events")).hasSize(2);
    String next = timeline.json().get("next").asString();
    Response rest =
        client().get("/v1/profiles/" + id + "/timeline?limit=10&after=" + next, ANALYST_TOKEN);
    assertThat(rest.json().get("events")).hasSize(3);
    assertThat(rest.json().get("next").isNull()).isTrue();
  }

  @Test
  void mergesAnAnonymousVisitWithAStoreCustomerWhenTheyLogIn() throws Exception {
    String anon = unique("anon");
    String email = unique("bo") + "@example.com";
    String loyalty = unique("L");
    String user = unique("user");
    try (TopicReader merges = new TopicReader(Topics.IDENTITY_MERGES.name())) {
      EventSender.send(Events.productViewed(now.minus(Duration.ofDays(5)), anon, "SKU-2"));
      Eventually.assertThat(() -> profileBy("anonymousId", anon));
      EventSender.send(
          Events.storeOrder(now.minus(Duration.ofDays(4)), unique("o"), loyalty, email, "20.00"));
      Eventually.assertThat(() -> profileBy("loyaltyId", loyalty));
      String visitor = profileBy("anonymousId", anon).get("profileId").asString();
      String shopper = profileBy("loyaltyId", loyalty).get("profileId").asString();
      assertThat(visitor).isNotEqualTo(shopper);

      EventSender.send(Events.identify(now.minus(Duration.ofDays(1)), user, anon, email));

      Eventually.assertThat(
          () -> {
            JsonNode profile = profileBy("userId", user);
            assertThat(profile.get("profileId").asString())
                .as("the older profile survives")
                .isEqualTo(visitor);
            assertThat(profile.get("mergedProfileIds").toString()).contains(shopper);
            assertThat(profile.get("computed").get("orderCount").asLong()).isEqualTo(1);
            assertThat(profile.get("computed").get("productViews30d").asLong()).isEqualTo(1);
          });
      assertThat(merges.await(1, r -> r.key().equals(visitor) && r.value().contains(shopper)))
          .hasSize(1);
      Response old = client().get("/v1/profiles/" + shopper, ANALYST_TOKEN);
      assertThat(old.json().get("profileId").asString())
          .as("the merged id answers with the profile it lives on in")
          .isEqualTo(visitor);
      Eventually.assertThat(
          () -> {
            Response timeline =
                client().get("/v1/profiles/" + visitor + "/timeline", ANALYST_TOKEN);
            assertThat(timeline.json().get("events")).as("timeline re-keyed").hasSize(3);
          });
    }
  }

  @Test
  void householdMembersSharingAnEmailButNotAUserIdStayTwoProfiles() {
    String shared = unique("family") + "@example.com";
    String first = unique("user");
    String second = unique("user");
    EventSender.send(Events.identify(now.minus(Duration.ofDays(2)), first, null, shared));
    Eventually.assertThat(() -> profileBy("userId", first));
    EventSender.send(Events.identify(now.minus(Duration.ofDays(1)), second, null, shared));

    Eventually.assertThat(
        () -> {
          String one = profileBy("userId", first).get("profileId").asString();
          String two = profileBy("userId", second).get("profileId").asString();
          assertThat(one).isNotEqualTo(two);
          assertThat(profileBy("email", shared).get("profileId").asString()).isEqualTo(one);
          JsonNode graph = client().get("/v1/profiles/" + one + "/identities", ADMIN_TOKEN).json();
          assertThat(graph.get("audit").toString())
              .contains("merge-refused", "the profile holds a different userId");
        });
  }

  @Test
  void redeliveredAndDuplicateEventsAreCountedOnce() {
    String loyalty = unique("L");
    var order =
        Events.storeOrder(now.minus(Duration.ofDays(1)), unique("o"), loyalty, null, "10.00");
    EventSender.send(order);
    Eventually.assertThat(
        () ->
            assertThat(profileBy("loyaltyId", loyalty).get("computed").get("orderCount").asLong())
                .isEqualTo(1));
    EventSender.send(order, order);
    var marker = Events.supportTicket(now, unique("t"), loyalty, 5);
    EventSender.send(marker);

    Eventually.assertThat(
        () -> {
          JsonNode profile = profileBy("loyaltyId", loyalty);
          assertThat(profile.get("computed").get("supportTickets").asLong()).isEqualTo(1);
          assertThat(profile.get("computed").get("orderCount").asLong()).isEqualTo(1);
          assertThat(profile.get("computed").get("lifetimeValue").decimalValue())
              .isEqualByComparingTo("10.00");
          String id = profile.get("profileId").asString();
          assertThat(
                  client()
                      .get("/v1/profiles/" + id + "/timeline", ANALYST_TOKEN)
                      .json()
                      .get("events"))
              .hasSize(2);
        });
  }

  @Test
  void refusesALinkBeyondTheLimitOfATypeAndKeepsTheProfile() {
    String user = unique("user");
    List<io.c360.common.event.CustomerEvent> events = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      events.add(
          Events.track(
              now.minusSeconds(600 - i),
              "Application Opened",
              List.of(Events.userId(user), Events.deviceId(unique("device")))));
    }
    EventSender.send(events);
    Eventually.assertThat(
        () -> {
          JsonNode profile = profileBy("userId", user);
          long devices =
              identifierKeys(profile).stream().filter(k -> k.startsWith("deviceId#")).count();
          assertThat(devices).isEqualTo(5);
          JsonNode graph =
              client()
                  .get(
                      "/v1/profiles/" + profile.get("profileId").asString() + "/identities",
                      ANALYST_TOKEN)
                  .json();
          assertThat(graph.get("audit").toString()).contains("more than 5 deviceId identifiers");
        });
  }
}
