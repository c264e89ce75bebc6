package io.c360.identity.erasure;

import static io.c360.identity.support.Events.unique;
import static io.c360.identity.support.IdentityClient.ADMIN_TOKEN;
import static io.c360.identity.support.IdentityClient.ANALYST_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.topic.Topics;
import io.c360.devstack.test.ApiClient.Response;
import io.c360.devstack.test.DevStackExtension;
import io.c360.devstack.test.Eventually;
import io.c360.devstack.test.TopicReader;
import io.c360.identity.IdentityIntegrationTest;
import io.c360.identity.IdentityTables;
import io.c360.identity.support.EventSender;
import io.c360.identity.support.Events;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ErasureIntegrationTest extends IdentityIntegrationTest {

  @Autowired DynamoDbClient dynamo;

  @Test
  void erasureLeavesNothingBehindAndInFlightEventsCannotRebuildTheProfile() {
    Instant now = Instant.now();
    String anon = unique("anon");
    String user = unique("user");
    String email = unique("eve") + "@example.com";
    String loyalty = unique("L");
    EventSender.send(
        Events.productViewed(now.minus(Duration.ofDays(2)), anon, "SKU-9"),
        Events.identify(now.minus(Duration.ofDays(1)), user, anon, email),
        Events.storeOrder(now.minus(Duration.ofHours(3)), unique("o"), loyalty, email, "30.00"));
    Eventually.assertThat(
        () -> {
          Response profile = client().get("/v1/profiles?loyaltyId=" + loyalty, ANALYST_TOKEN);
          assertThat(profile.status()).isEqualTo(200);
          assertThat(profile.json().get("identifiers")).hasSize(4);
          assertThat(profile.json().get("computed").get("orderCount").asLong()).isEqualTo(1);
          assertThat(profile.json().get("computed").get("productViews30d").asLong()).isEqualTo(1);
        });
    String id =
        client()
            .get("/v1/profiles?userId=" + user, ANALYST_TOKEN)
            .json()
            .get("profileId")
            .asString();

    try (TopicReader erasures = new TopicReader(Topics.ERASURES.name())) {
      Response erased = client().delete("/v1/profiles/" + id, ADMIN_TOKEN);
      assertThat(erased.status()).as(erased.body()).isEqualTo(200);
      assertThat(erased.json().get("identifiersRemoved").asInt()).isEqualTo(4);
      assertThat(erased.json().get("timelineEventsRemoved").asInt()).isEqualTo(3);
      assertThat(erased.json().get("requestedBy").asString()).isEqualTo("test-admin");
      assertThat(erasures.await(1, r -> r.key().equals(id))).hasSize(1);
    }

    Response gone = client().get("/v1/profiles/" + id, ANALYST_TOKEN);
    assertThat(gone.status()).isEqualTo(410);
    assertThat(gone.contentType()).startsWith("application/problem+json");
    for (String query :
        new String[] {
          "userId=" + user, "email=" + email, "anonymousId=" + anon, "loyaltyId=" + loyalty
        }) {
      assertThat(client().get("/v1/profiles?" + query, ANALYST_TOKEN).status()).isEqualTo(404);
    }
    String prefix = DevStackExtension.stack().tablePrefix();
    assertThat(
            dynamo
                .query(
                    r ->
                        r.tableName(prefix + IdentityTables.TIMELINE.name())
                            .keyConditionExpression("profileId = :p")
                            .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(id))))
                .count())
        .isZero();
    assertThat(
            dynamo
                .getItem(
                    r ->
                        r.tableName(prefix + IdentityTables.IDENTITY.name())
                            .key(Map.of("identifier", AttributeValue.fromS("email#" + email))))
                .hasItem())
        .isFalse();
    Map<String, AttributeValue> shell =
        dynamo
            .getItem(
                r ->
                    r.tableName(prefix + IdentityTables.PROFILES.name())
                        .key(Map.of("profileId", AttributeValue.fromS(id))))
            .item();
    assertThat(shell.get("doc").s()).doesNotContain(email, user, anon, loyalty, "Ann");

    // an event still in flight names the erased customer: it must not rebuild a profile
    EventSender.send(Events.identify(Instant.now(), user, null, email));
    String marker = unique("user");
    EventSender.send(Events.identify(Instant.now(), marker, null, null));
    Eventually.assertThat(
        () ->
            assertThat(client().get("/v1/profiles?userId=" + marker, ANALYST_TOKEN).status())
                .isEqualTo(200));
    assertThat(client().get("/v1/profiles?userId=" + user, ANALYST_TOKEN).status()).isEqualTo(404);
    assertThat(client().get("/v1/profiles?email=" + email, ANALYST_TOKEN).status()).isEqualTo(404);

    {
      Response audit = client().delete("/v1/profiles/" + id, ADMIN_TOKEN);
      assertThat(audit.status()).as("erasing twice").isEqualTo(410);
    }
  }
}
