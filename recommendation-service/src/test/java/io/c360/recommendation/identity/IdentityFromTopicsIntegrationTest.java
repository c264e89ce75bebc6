package io.c360.recommendation.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.identifier.IdentifierType;
import io.c360.devstack.test.ApiClient.Response;
import io.c360.devstack.test.Eventually;
import io.c360.recommendation.RecommendationIntegrationTest;
import io.c360.recommendation.support.RecommendationClient;
import io.c360.recommendation.support.Shop;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Callers are recognised from identity-service's topics alone: the identity graph follows profile
 * snapshots, merges, tombstones and erasures on the real broker.
 */
class IdentityFromTopicsIntegrationTest extends RecommendationIntegrationTest {

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
