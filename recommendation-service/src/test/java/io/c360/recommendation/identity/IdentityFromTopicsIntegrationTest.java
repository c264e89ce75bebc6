package io.c360.recommendation.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.identifier.Identifier;
import io.c360.common.identifier.IdentifierType;
import io.c360.common.topic.Topics;
import io.c360.devstack.test.ApiClient.Response;
import io.c360.devstack.test.DevStackExtension;
import io.c360.devstack.test.Eventually;
import io.c360.devstack.test.TopicReader;
import io.c360.devstack.test.TopicWriter;
import io.c360.recommendation.RecommendationIntegrationTest;
import io.c360.recommendation.RecommendationTables;
import io.c360.recommendation.support.RecommendationClient;
import io.c360.recommendation.support.Shop;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;

/**
 * Callers are recognised from identity-service's topics alone: the service's identity projection
 * follows profile snapshots, merges, tombstones and erasures on the real broker; a snapshot it
 * cannot read goes to its dead-letter topic without holding up the ones after it.
 */
class IdentityFromTopicsIntegrationTest extends RecommendationIntegrationTest {

  private static final String PROFILES_DEAD_LETTERS =
      Topics.PROFILES.name() + ".recommendation-identity-profiles.dlt";

  private RecommendationClient client;
  private Shop shop;

  @BeforeEach
  void openShop() {
    client = client();
    shop = new Shop(dynamo);
    shop.product("any", 5);
  }

  @AfterEach
  void closeShop() {
    shop.close();
  }

  @Test
  void recognisesAnIdentifierUntilItsProfileIsDeleted() {
    String profile = shop.profile();
    String visitor = "visit-" + UUID.randomUUID();
    shop.link(IdentifierType.ANONYMOUS_ID, visitor, profile);

    Eventually.assertThat(() -> assertThat(profileOf("anonymousId=" + visitor)).isEqualTo(profile));

    shop.deleted(profile);

    Eventually.assertThat(() -> assertThat(profileOf("anonymousId=" + visitor)).isNull());
  }

  @Test
  void aMergeMovesTheMergedProfilesIdentifiersToTheSurvivor() {
    String anonymous = shop.profile();
    String account = shop.profile();
    String visitor = "visit-" + UUID.randomUUID();
    shop.link(IdentifierType.ANONYMOUS_ID, visitor, anonymous);
    shop.link(IdentifierType.USER_ID, "user-" + account, account);
    Eventually.assertThat(
        () -> assertThat(profileOf("anonymousId=" + visitor)).isEqualTo(anonymous));

    shop.merged(account, anonymous);

    Eventually.assertThat(
        () -> {
          assertThat(profileOf("anonymousId=" + visitor)).isEqualTo(account);
          assertThat(profileOf("userId=user-" + account)).isEqualTo(account);
        });
  }

  @Test
  void anErasedProfilesIdentifiersAreForgotten() {
    String profile = shop.profile();
    String user = "user-" + profile;
    shop.link(IdentifierType.USER_ID, user, profile);
    shop.link(IdentifierType.EMAIL, profile + "@example.com", profile);
    Eventually.assertThat(() -> assertThat(profileOf("userId=" + user)).isEqualTo(profile));

    shop.erased(profile);

    Eventually.assertThat(() -> assertThat(profileOf("userId=" + user)).isNull());
  }

  @Test
  void aStaleSnapshotNeverTakesBackAnIdentifierThatMoved() {
    String first = shop.profile();
    String second = shop.profile();
    String visitor = "visit-" + UUID.randomUUID();
    shop.link(IdentifierType.ANONYMOUS_ID, visitor, first);
    shop.link(IdentifierType.ANONYMOUS_ID, visitor, second);
    Eventually.assertThat(() -> assertThat(profileOf("anonymousId=" + visitor)).isEqualTo(second));

    // a late copy of an old snapshot of the first profile, still holding the visitor's id
    shop.publishedStaleSnapshot(first, new Identifier(IdentifierType.ANONYMOUS_ID, visitor));
    // then a newer snapshot of the first profile (same partition, so read after the stale one)
    shop.link(IdentifierType.USER_ID, "user-" + first, first);

    Eventually.assertThat(() -> assertThat(profileOf("userId=user-" + first)).isEqualTo(first));
    assertThat(profileOf("anonymousId=" + visitor)).isEqualTo(second);
  }

  @Test
  void keepsOnlyTheIdentifiersTheApiResolves() {
    String profile = shop.profile();
    shop.link(IdentifierType.EMAIL, profile + "@example.com", profile);
    shop.link(IdentifierType.USER_ID, "user-" + profile, profile);

    Eventually.assertThat(() -> assertThat(profileOf("userId=user-" + profile)).isEqualTo(profile));
    assertThat(
            dynamo
                .getItem(
                    r ->
                        r.tableName(
                                DevStackExtension.stack().tablePrefix()
                                    + RecommendationTables.RECOMMENDATION_IDENTITY.name())
                            .key(
                                Map.of(
                                    "identifier",
                                    AttributeValue.fromS("email#" + profile + "@example.com")))
                            .consistentRead(true))
                .hasItem())
        .as("no email in the projection")
        .isFalse();
  }

  @Test
  void anUnreadableSnapshotGoesToTheDeadLetterTopicAndTheSnapshotsAfterItStillCount() {
    String profile = shop.profile();
    String visitor = "visit-" + UUID.randomUUID();
    String unreadable = "{\"profileId\": \"" + profile + "\", \"identifiers\": ";
    try (TopicReader dead = new TopicReader(PROFILES_DEAD_LETTERS);
        TopicWriter writer = new TopicWriter()) {
      // keyed by the profile, like the snapshot after it: same partition, read first
      writer.send(Topics.PROFILES.name(), profile, unreadable);
      shop.link(IdentifierType.ANONYMOUS_ID, visitor, profile);

      Eventually.assertThat(
          () -> assertThat(profileOf("anonymousId=" + visitor)).isEqualTo(profile));
      List<ConsumerRecord<String, String>> letters = dead.await(1, r -> profile.equals(r.key()));
      assertThat(letters).extracting(ConsumerRecord::value).containsExactly(unreadable);
      Header from = letters.getFirst().headers().lastHeader("kafka_dlt-original-topic");
      assertThat(from).isNotNull();
      assertThat(new String(from.value(), StandardCharsets.UTF_8))
          .isEqualTo(Topics.PROFILES.name());
    }
  }

  private @Nullable String profileOf(String query) {
    Response response =
        client.get(
            "/v1/recommendations?context=home&category=" + shop.category() + "&" + query,
            RecommendationClient.APP_TOKEN);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode answer = response.json();
    return answer.has("profileId") ? answer.get("profileId").asString() : null;
  }
}
