package io.c360.recommendation.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.identifier.IdentifierType;
import io.c360.devstack.test.ApiClient.Response;
import io.c360.devstack.test.Eventually;
import io.c360.recommendation.RecommendationIntegrationTest;
import io.c360.recommendation.support.RecommendationClient;
import io.c360.recommendation.support.Shop;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The service's own interaction projection ({@code recommendation-interactions}), kept from the
 * resolved events, merges and erasures on the real broker: what a restarted instance and an offline
 * evaluation learn from.
 */
class InteractionProjectionIntegrationTest extends RecommendationIntegrationTest {

  @Autowired InteractionHistory history;
  @Autowired CustomerActivity activity;

  private Shop shop;

  @BeforeEach
  void openShop() {
    shop = new Shop(dynamo);
  }

  @AfterEach
  void closeShop() {
    shop.close();
  }

  @Test
  void aVisitorWhoLogsInKeepsTheHistoryOfTheirAnonymousVisits() {
    String tent = shop.product("tent", 5);
    String stove = shop.product("stove", 5);
    String lamp = shop.product("lamp", 5);
    String anonymous = shop.profile();
    String account = shop.profile();
    shop.link(IdentifierType.ANONYMOUS_ID, "anon-" + anonymous, anonymous);
    shop.link(IdentifierType.USER_ID, "user-" + account, account);
    shop.viewed(anonymous, tent);
    shop.bought(anonymous, stove);
    shop.storedView(account, lamp);
    Eventually.assertThat(
        () -> assertThat(shop.storedInteractions(anonymous)).containsExactly(stove, tent));

    // logged in: identity merges the anonymous profile into the account
    shop.merged(account, anonymous);
    // an event resolved to the anonymous profile just before the merge arrives after it
    shop.viewed(anonymous, lamp);

    Eventually.assertThat(
        () -> {
          assertThat(shop.storedInteractions(account)).containsExactly(lamp, lamp, stove, tent);
          assertThat(shop.storedInteractions(anonymous)).isEmpty();
          assertThat(profileOf("anonymousId=anon-" + anonymous)).isEqualTo(account);
        });
    assertThat(historyOf(anonymous)).isEmpty();
    assertThat(historyOf(account))
        .extracting(Interaction::sku)
        .containsExactlyInAnyOrder(tent, stove, lamp, lamp);
  }

  @Test
  void aRedeliveredEventIsCountedOnce() {
    String kettle = shop.product("kettle", 5);
    String mug = shop.product("mug", 5);
    String profile = shop.profile();

    String messageId = shop.boughtRedelivered(profile, kettle);
    shop.storedView(profile, mug); // published after both copies, on the same partition

    assertThat(shop.storedInteractions(profile)).containsExactly(kettle, mug);
    assertThat(historyOf(profile))
        .filteredOn(i -> i.kind() == Interaction.Kind.PURCHASE)
        .extracting(Interaction::messageId)
        .containsExactly(messageId + "#0");
    // this instance's activity, once it has read past both copies too
    Eventually.assertThat(() -> assertThat(activity.recentItems(profile, 10)).contains(mug));
    assertThat(activity.orders(profile)).isEqualTo(1);
    assertThat(activity.purchaseCounts(profile))
        .extracting(PurchasedItem::orders)
        .containsExactly(1);
  }

  @Test
  void anErasedProfilesInteractionsAreDeletedAndNeverStoredAgain() {
    String mug = shop.product("mug", 5);
    String profile = shop.profile();
    String other = shop.profile();
    shop.link(IdentifierType.USER_ID, "user-" + profile, profile);
    shop.storedView(profile, mug);
    shop.storedOrder(profile, java.time.Instant.now(), mug);

    shop.erased(profile);

    Eventually.assertThat(
        () -> {
          assertThat(shop.storedInteractions(profile)).isEmpty();
          assertThat(profileOf("userId=user-" + profile)).isNull();
        });
    // an event of the erased profile replayed from the topic, then one of another profile after it
    shop.viewedOnPartitionOf(other, profile, mug);
    shop.storedView(other, mug);
    assertThat(shop.storedInteractions(profile)).isEmpty();
    assertThat(historyOf(profile)).isEmpty();
  }

  private List<Interaction> historyOf(String profileId) {
    return history.all().stream().filter(i -> i.profileId().equals(profileId)).toList();
  }

  private @org.jspecify.annotations.Nullable String profileOf(String query) {
    Response response =
        client()
            .get(
                "/v1/recommendations?context=home&category=" + shop.category() + "&" + query,
                RecommendationClient.APP_TOKEN);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json().has("profileId") ? response.json().get("profileId").asString() : null;
  }
}
